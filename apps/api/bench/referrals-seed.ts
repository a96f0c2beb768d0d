import { sql } from 'drizzle-orm'
import type { Database } from '../src/db/client.js'
import { queryRows } from '../src/lib/sql.js'
import { seedFamilies } from './seed-families.js'

export interface ReferralsSeed {
  centreId: string
  municipalityId: string
  /** The municipality's name, which its families live in. */
  municipality: string
  /** The API client the centre issued to the municipality: the sender of every partner referral. */
  apiClientId: string
  /** Who decided the referrals, and the families' intake worker. */
  intakeId: string
  caseManagerIds: string[]
  /** Referrals from the municipality over `days` days up to now, the newest `open` still unanswered. */
  referrals: number
  open: number
  days: number
  /** Families the accepted referrals went into, opened over the same days. */
  families: number
  /** Staff referrals of the first families to another organisation of the deployment, four per family. */
  sentReferrals: number
  sentTo: string
  sentBy: string
  onProgress?: (referrals: number) => void
}

/** Partner references are `VMS-` and the referral's number, 1 the newest; the bench finds referrals by it. */
export const partnerReference = (n: number) => `VMS-${String(n).padStart(7, '0')}`
/** Families are `R-0000001` on, 1 the newest. */
export const FAMILY_PREFIX = 'R'

/**
 * The centre's families, living in the municipality and opened one after another over the days; those
 * opened more than half a year ago closed about five months after opening, but one in ten still open, so
 * about as many cases are open at a time as the centre takes in in half a year (families served statistics).
 */
async function seedReferredFamilies(db: Database, seed: ReferralsSeed) {
  await seedFamilies(db, seed.centreId, seed.intakeId, seed.caseManagerIds, seed.families, FAMILY_PREFIX)
  await db.execute(sql`
    with family as (
      select id, n, now() - make_interval(mins => (n::bigint * ${seed.days} * 1440 / ${seed.families})::int) as opened_at,
        n::bigint * ${seed.days} / ${seed.families} > 180 and n % 10 <> 0 as closed
      from (select id, substr(reference_code, 3)::int as n from families
        where organisation_id = ${seed.centreId} and reference_code like ${`${FAMILY_PREFIX}-%`}) numbered
    )
    update families set municipality = ${seed.municipality}, opened_at = family.opened_at,
      status = case when family.closed then 'closed' when families.status = 'closed' then 'active' else families.status end,
      closed_at = case when family.closed then family.opened_at + interval '150 days' end,
      closing_reason = case when family.closed then 'Tikslai pasiekti' end,
      outcome_summary = case when family.closed then 'Šeima savarankiška' end
    from family where families.id = family.id`)
}

/**
 * One batch of the municipality's referrals, numbers `first` to `last`, received evenly over the days
 * (number 1 the newest): one in five urgent, the newest `open` received (due in 24 hours or 3 days), of the
 * others one in seven declined and the rest accepted into the family opened about then, most of those
 * older than half a year closed since. Two or three persons each, and the events of what happened.
 */
async function seedReferralBatch(db: Database, seed: ReferralsSeed, first: number, last: number) {
  await db.execute(sql`
    with spec as materialized (
      select g, gen_random_uuid() as id,
        now() - make_interval(mins => (g::bigint * ${seed.days} * 1440 / ${seed.referrals})::int) as received_at,
        case when g % 5 = 0 then 'urgent' else 'routine' end as urgency,
        case when g <= ${seed.open} then 'received'
          when g % 7 = 3 then 'declined'
          when g::bigint * ${seed.days} / ${seed.referrals} > 180 and g % 4 <> 0 then 'case_closed'
          else 'accepted' end as status
      from generate_series(${first}::int, ${last}::int) g
    ),
    family as materialized (
      select id, substr(reference_code, 3)::int as n from families
      where organisation_id = ${seed.centreId} and reference_code like ${`${FAMILY_PREFIX}-%`}
        and substr(reference_code, 3)::int between
          1 + (${first} - 1)::bigint * ${seed.families} / ${seed.referrals}
          and 1 + (${last} - 1)::bigint * ${seed.families} / ${seed.referrals}
    ),
    referral as materialized (
      select spec.*,
        case when status <> 'received' then received_at + case when urgency = 'urgent' then interval '6 hours' else interval '1 day' end end as decided_at,
        case when status in ('accepted', 'case_closed') then family.id end as family_id
      from spec left join family on family.n = 1 + (spec.g - 1)::bigint * ${seed.families} / ${seed.referrals}
    ),
    inserted as (
      insert into referrals (id, from_organisation_id, to_organisation_id, api_client_id, partner_reference, reason,
        urgency, risk_factors, consent_confirmed, status, received_at, answer_due_at, decided_at, decided_by_id,
        decline_reason, family_id, closed_at)
      select id, ${seed.municipalityId}, ${seed.centreId}, ${seed.apiClientId}, 'VMS-' || lpad(g::text, 7, '0'),
        (array['Smurtas artimoje aplinkoje', 'Tėvų konfliktas skyrybų metu', 'Priklausomybės šeimoje'])[1 + g % 3],
        urgency, array[(array['abuse_and_violence','high_conflict_separation','dependence','mental_health'])[1 + g % 4]],
        true, status, received_at,
        received_at + case when urgency = 'urgent' then interval '24 hours' else interval '3 days' end,
        decided_at, case when decided_at is not null then ${seed.intakeId}::uuid end,
        case when status = 'declined' then 'Šeima gyvena kitoje savivaldybėje' end, family_id,
        case when status = 'case_closed' then decided_at + interval '120 days' end
      from referral
    ),
    persons as (
      insert into referral_persons (referral_id, position, given_name, family_name, birth_date, gender, role)
      select id, k - 1, (array['Asta','Tomas','Jonas','Ugnė','Rūta','Darius','Indrė','Kajus'])[1 + (g + k) % 8],
        (array['Siuntimaitė','Siuntimas'])[1 + k % 2] || g,
        date '1980-01-01' + ((g * 37 + k * 3000) % 12000)::int, (array['woman','man'])[1 + k % 2],
        case when k = 1 then 'parent' else 'child' end
      from referral, generate_series(1, 2 + g % 2) k
    )
    insert into referral_events (referral_id, type, occurred_at)
    select id, 'referral.received', received_at from referral
    union all
    select id, case when status = 'declined' then 'referral.declined' else 'referral.accepted' end, decided_at
    from referral where decided_at is not null
    union all
    select id, 'case.closed', decided_at + interval '120 days' from referral where status = 'case_closed'`)
}

/**
 * Every third open referral describes the members of one of the centre's families instead (same names and
 * birth dates), so the inbox finds it a match.
 */
async function seedMatchingPersons(db: Database, seed: ReferralsSeed) {
  const matching = sql`select r.id, substr(r.partner_reference, 5)::int as g from referrals r
    where r.to_organisation_id = ${seed.centreId} and r.status = 'received' and r.api_client_id = ${seed.apiClientId}
      and substr(r.partner_reference, 5)::int % 3 = 0`
  await db.execute(sql`delete from referral_persons where referral_id in (select id from (${matching}) m)`)
  await db.execute(sql`
    with matching as materialized (${matching})
    insert into referral_persons (referral_id, position, given_name, family_name, birth_date, gender, role)
    select matching.id, row_number() over (partition by matching.id order by m.role desc, p.id) - 1,
      p.given_name, p.family_name, p.birth_date, p.gender, m.role
    from matching
    join families f on f.organisation_id = ${seed.centreId}
      and f.reference_code = ${`${FAMILY_PREFIX}-`} || lpad((1 + matching.g * 37 % ${seed.families})::text, 7, '0')
    join family_memberships m on m.family_id = f.id and m.left_at is null
    join persons p on p.id = m.person_id`)
}

/** Staff referrals of the first families to another organisation, four each: received, or declined. */
async function seedSentReferrals(db: Database, seed: ReferralsSeed) {
  await db.execute(sql`
    with referral as materialized (
      select gen_random_uuid() as id, g, f.id as family_id, f.reference_code,
        now() - make_interval(days => g) as received_at, g % 2 = 0 as declined
      from generate_series(1, ${seed.sentReferrals}::int) g
      join families f on f.organisation_id = ${seed.centreId}
        and f.reference_code = ${`${FAMILY_PREFIX}-`} || lpad((1 + (g - 1) / 4)::text, 7, '0')
    ),
    inserted as (
      insert into referrals (id, from_organisation_id, to_organisation_id, referred_by_id, source_family_id,
        partner_reference, reason, urgency, consent_confirmed, status, received_at, answer_due_at, decided_at,
        decline_reason)
      select id, ${seed.centreId}, ${seed.sentTo}, ${seed.sentBy}, family_id, reference_code,
        'Reikalinga teisininko konsultacija', 'routine', true,
        case when declined then 'declined' else 'received' end, received_at, received_at + interval '3 days',
        case when declined then received_at + interval '1 day' end,
        case when declined then 'Paslauga neteikiama' end
      from referral
    ),
    persons as (
      insert into referral_persons (referral_id, position, given_name, family_name, birth_date, gender, role)
      select id, 0, 'Asta', 'Siuntimaitė' || g, date '1985-05-05', 'woman', 'parent' from referral
    )
    insert into referral_events (referral_id, type, occurred_at)
    select id, 'referral.received', received_at from referral
    union all
    select id, 'referral.declined', received_at + interval '1 day' from referral where declined`)
}

/**
 * The municipality's referrals to the centre in set-based batches, with the families they were accepted
 * into and referrals the centre sent on; then the tables are analysed. Returns the referrals' count.
 */
export async function seedReferrals(db: Database, seed: ReferralsSeed): Promise<number> {
  await seedReferredFamilies(db, seed)
  // The outbox trigger looks for webhook subscriptions per event; there are none, and the bench times
  // reads, so the events go in without it.
  await db.execute(sql`alter table referral_events disable trigger referral_events_queue_webhooks`)
  const batch = 25_000
  for (let first = 1; first <= seed.referrals; first += batch) {
    const last = Math.min(seed.referrals, first + batch - 1)
    await seedReferralBatch(db, seed, first, last)
    seed.onProgress?.(last)
  }
  await seedMatchingPersons(db, seed)
  await seedSentReferrals(db, seed)
  await db.execute(sql`alter table referral_events enable trigger referral_events_queue_webhooks`)
  await db.execute(sql`analyze`)
  const [row] = await queryRows<{ referrals: number }>(
    db,
    sql`select count(*)::int as referrals from referrals`,
  )
  return row?.referrals ?? 0
}
