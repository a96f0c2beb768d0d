import { sql } from 'drizzle-orm'
import type { Database } from '../src/db/client.js'
import { queryRows } from '../src/lib/sql.js'

/**
 * Adds `count` families of three members each to an organisation, in set-based batches: the
 * caseload is spread over the given case managers, each family has its case manager on its team.
 * Reference codes are `codePrefix-0000001` on; codes are unique across organisations.
 */
export async function seedFamilies(
  db: Database,
  organisationId: string,
  intakeById: string,
  caseManagerIds: string[],
  count: number,
  codePrefix = 'B',
) {
  const batch = 10_000
  const managers = sql`array[${sql.join(
    caseManagerIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]`
  for (let start = 0; start < count; start += batch) {
    const size = Math.min(batch, count - start)
    await db.execute(sql`
      with new_families as (
        insert into families (organisation_id, reference_code, status, municipality, referral_source, referred_at,
          risk_factors, case_manager_id, intake_by_id, opened_at, closed_at, closing_reason, outcome_summary)
        select ${organisationId}, ${codePrefix} || '-' || lpad((${start} + g)::text, 7, '0'),
          (array['intake','active','active','closed'])[1 + g % 4],
          (array['Vilniaus miesto savivaldybė','Kretingos rajono savivaldybė','Kauno miesto savivaldybė'])[1 + g % 3],
          (array['child_rights_service','self','police','school'])[1 + g % 4],
          current_date - (g % 700), array[(array['high_conflict_separation','dependence','abuse_and_violence','mental_health'])[1 + g % 4]],
          (${managers})[1 + g % ${caseManagerIds.length}], ${intakeById},
          now() - make_interval(mins => ${start} + g),
          case when g % 4 = 3 then now() end, case when g % 4 = 3 then 'Tikslai pasiekti' end,
          case when g % 4 = 3 then 'Šeima savarankiška' end
        from generate_series(1, ${size}) g
        returning id, case_manager_id, opened_at
      ),
      team as (
        insert into case_team_members (family_id, user_id, added_by_id)
        select id, case_manager_id, ${intakeById} from new_families
      ),
      planned as materialized (
        select gen_random_uuid() as person_id, f.id as family_id, k, row_number() over () as i
        from new_families f, generate_series(1, 3) k
      ),
      people as (
        insert into persons (id, organisation_id, given_name, family_name, birth_date, gender)
        select person_id, ${organisationId},
          (array['Asta','Tomas','Jonas','Ugnė','Rūta','Darius','Indrė','Kajus'])[1 + (i + k) % 8],
          (array['Petrauskas','Kazlauskienė','Jankauskas','Stankevičiūtė','Vaitkus','Paulauskienė'])[1 + (i * 7 + k) % 6] || i,
          date '1980-01-01' + ((i * 37 + k * 3000) % 12000)::int, (array['woman','man'])[1 + k % 2]
        from planned
      ),
      links as (
        insert into family_memberships (family_id, person_id, role)
        select family_id, person_id, case when k = 1 then 'parent' else 'child' end from planned
      )
      select 1`)
  }
  await db.execute(sql`analyze`)
  const [counts] = await queryRows<{ families: number; persons: number }>(
    db,
    sql`select (select count(*)::int from families) as families, (select count(*)::int from persons) as persons`,
  )
  return counts
}
