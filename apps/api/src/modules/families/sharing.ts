import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { ConflictError } from '../../lib/errors.js'
import { queryRows } from '../../lib/sql.js'

/** Whether a live partnership lets `ownerId`'s families be shared with the staff of `partnerId`. */
export async function partnershipIsLive(db: Database, ownerId: string, partnerId: string): Promise<boolean> {
  const [row] = await queryRows<{ live: boolean }>(
    db,
    sql`select exists(select 1 from partnerships p where p.organisation_id = ${ownerId}
      and p.partner_organisation_id = ${partnerId} and app_partnership_live(p)) as live`,
  )
  return row?.live ?? false
}

/** The family's consent to share with partner organisations, as row-level security reads it. */
export async function familySharesWithPartners(db: Database, familyId: string): Promise<boolean> {
  const [row] = await queryRows<{ shares: boolean }>(
    db,
    sql`select app_family_shares_with_partners(${familyId}) as shares`,
  )
  return row?.shares ?? false
}

/**
 * Staff of another organisation work on a family only under a live partnership from the family's
 * organisation to theirs and with the family's consent to share with partners.
 */
export async function assertMayShareWith(
  db: Database,
  family: { id: string; organisationId: string; referenceCode?: string },
  partnerOrganisationId: string,
): Promise<void> {
  if (!(await partnershipIsLive(db, family.organisationId, partnerOrganisationId)))
    throw new ConflictError(
      "This staff member's organisation has no live partnership with yours: an admin proposes one and the partner's admin accepts it first.",
      'partnership-required',
    )
  if (!(await familySharesWithPartners(db, family.id)))
    throw new ConflictError(
      `${family.referenceCode ? `Family ${family.referenceCode}` : 'The family'} has not consented to sharing with partner organisations: record an adult member's consent "share_with_partners" first.`,
      'partner-consent-required',
    )
}
