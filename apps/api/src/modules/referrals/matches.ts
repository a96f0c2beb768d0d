import type { IncomingReferral } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { queryRows } from '../../lib/sql.js'

interface MatchRow extends Record<string, unknown> {
  referralPersonId: string
  memberId: string
  personId: string
  familyId: string
  referenceCode: string
  status: IncomingReferral['matches'][number]['family']['status']
  matchedBy: 'personal_code' | 'name_and_birth_date'
}

/**
 * Current members of the organisation's families who are a referred person: by personal code (keyed
 * hash), or by full name (case-insensitive) and birth date; grouped by family, newest family first.
 */
export async function matchesOf(
  db: Database,
  organisationId: string,
  referralId: string,
): Promise<IncomingReferral['matches']> {
  const rows = await queryRows<MatchRow>(
    db,
    // Two branches rather than one join on "code or name": each can then use its own index.
    sql`with matched as (
        select rp.id as referral_person_id, rp.position, p.id as person_id, 'personal_code' as matched_by
        from referral_persons rp
        join persons p on p.personal_code_hash = rp.personal_code_hash
        where rp.referral_id = ${referralId} and rp.personal_code_hash is not null
          and p.organisation_id = ${organisationId} and p.anonymised_at is null
        union all
        select rp.id, rp.position, p.id, 'name_and_birth_date'
        from referral_persons rp
        join persons p on p.organisation_id = ${organisationId} and p.birth_date = rp.birth_date
        where rp.referral_id = ${referralId} and p.anonymised_at is null
          and lower(p.given_name) = lower(rp.given_name) and lower(p.family_name) = lower(rp.family_name)
          and (rp.personal_code_hash is null or p.personal_code_hash is distinct from rp.personal_code_hash)
      )
      select matched.referral_person_id as "referralPersonId", m.id as "memberId", matched.person_id as "personId",
        f.id as "familyId", f.reference_code as "referenceCode", f.status, matched.matched_by as "matchedBy"
      from matched
      join family_memberships m on m.person_id = matched.person_id and m.left_at is null
      join families f on f.id = m.family_id and f.organisation_id = ${organisationId}
      order by f.opened_at desc, f.id, matched.position`,
  )
  const byFamily = new Map<string, IncomingReferral['matches'][number]>()
  for (const row of rows) {
    const match = byFamily.get(row.familyId) ?? {
      family: { id: row.familyId, referenceCode: row.referenceCode, status: row.status },
      persons: [],
    }
    match.persons.push({
      referralPersonId: row.referralPersonId,
      memberId: row.memberId,
      personId: row.personId,
      matchedBy: row.matchedBy,
    })
    byFamily.set(row.familyId, match)
  }
  return [...byFamily.values()]
}
