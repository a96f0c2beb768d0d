import { and, eq, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { confidentialDisclosures, families, persons } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { todayInVilnius } from '../../lib/dates.js'
import { queryRows } from '../../lib/sql.js'

const ANONYMISED = '[anonymised]'

/** Closed before this date (Vilnius), the family is past retention. */
const retentionCutoff = (ctx: SignedInContext) =>
  todayInVilnius(new Date(Date.now() - ctx.config.caseManagement.retentionDaysAfterClosing * 86_400_000))

/**
 * Strips everything identifying from families past retention, keeping what statistics count: dates,
 * status, municipality, risk factors, and per person the gender and birth year.
 */
export async function anonymiseClosedFamilies(ctx: SignedInContext, dryRun: boolean) {
  const closedBefore = retentionCutoff(ctx)
  const due = await ctx.db
    .select({ id: families.id })
    .from(families)
    .where(
      and(
        eq(families.organisationId, ctx.actor.organisationId),
        eq(families.status, 'closed'),
        isNull(families.anonymisedAt),
        isNotNull(families.closedAt),
        lt(families.closedAt, sql`(${closedBefore}::date)::timestamp at time zone 'Europe/Vilnius'`),
      ),
    )
  const familyIds = due.map((f) => f.id)
  // A person who also belongs to a family still in retention keeps their data.
  const personRows = familyIds.length
    ? await queryRows<{ id: string }>(
        ctx.db,
        sql`select distinct m.person_id as id from family_memberships m where m.family_id in ${familyIds}
          and not exists (select 1 from family_memberships o where o.person_id = m.person_id and o.family_id not in ${familyIds})`,
      )
    : []
  const personIds = personRows.map((p) => p.id)
  if (!dryRun && familyIds.length) await ctx.db.transaction((tx) => strip(tx, familyIds, personIds))
  await audit(ctx, {
    action: dryRun ? 'family.anonymise.dry_run' : 'family.anonymise',
    entityType: 'family',
    details: { families: familyIds, persons: personIds.length, closedBefore },
  })
  return { dryRun, closedBefore, families: familyIds.length, persons: personIds.length, familyIds }
}

async function strip(tx: Database, familyIds: string[], personIds: string[]) {
  const f = sql`${familyIds}`
  if (personIds.length) {
    await tx
      .update(confidentialDisclosures)
      .set({ reason: ANONYMISED })
      .where(inArray(confidentialDisclosures.personId, personIds))
    await tx
      .update(persons)
      .set({
        givenName: ANONYMISED,
        familyName: ANONYMISED,
        birthDate: sql`date_trunc('year', ${persons.birthDate})::date`,
        personalCodeEncrypted: null,
        personalCodeHash: null,
        contacts: {},
        anonymisedAt: sql`now()`,
        updatedAt: sql`now()`,
      })
      .where(inArray(persons.id, personIds))
  }
  await tx.execute(
    sql`update case_note_versions set text = ${ANONYMISED} where note_id in (select id from case_notes where family_id in ${f})`,
  )
  await tx.execute(
    sql`update needs_assessments set strengths = ${ANONYMISED}, summary = null where family_id in ${f}`,
  )
  await tx.execute(
    sql`update needs_assessment_items set note = null where assessment_id in (select id from needs_assessments where family_id in ${f})`,
  )
  await tx.execute(sql`update case_plan_goals set description = ${ANONYMISED} where family_id in ${f}`)
  await tx.execute(
    sql`update case_plan_reviews set family_views = null, child_views = null, effectiveness = null where family_id in ${f}`,
  )
  await tx.execute(
    sql`update case_plan_review_goals set progress = ${ANONYMISED} where review_id in (select id from case_plan_reviews where family_id in ${f})`,
  )
  await tx.execute(
    sql`update case_conferences set agenda = ${ANONYMISED}, decisions = null where family_id in ${f}`,
  )
  await tx.execute(sql`update case_conference_participants set name = case when kind = 'external' then ${ANONYMISED} else null end, organisation = null
    where conference_id in (select id from case_conferences where family_id in ${f})`)
  await tx.execute(
    sql`update case_conference_steps set description = ${ANONYMISED} where conference_id in (select id from case_conferences where family_id in ${f})`,
  )
  await tx.execute(sql`update consents set note = null where family_id in ${f}`)
  await tx.execute(sql`update family_status_changes set reason = null where family_id in ${f}`)
  await tx.execute(sql`update break_glass_grants set reason = ${ANONYMISED} where family_id in ${f}`)
  await tx
    .update(families)
    .set({
      closingReason: ANONYMISED,
      outcomeSummary: ANONYMISED,
      anonymisedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(inArray(families.id, familyIds))
}
