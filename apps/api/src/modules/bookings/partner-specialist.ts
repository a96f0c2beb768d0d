import { and, eq, isNull, ne, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { caseTeamMembers, users } from '../../db/schema/index.js'
import type { Actor } from '../../lib/context.js'
import { ConflictError } from '../../lib/errors.js'
import { queryRows } from '../../lib/sql.js'
import { assertMayShareWith } from '../families/sharing.js'
import type { BookingInput } from './checks.js'

/** The organisation of a specialist from another organisation (whom row-level security lets the caller see). */
export async function partnerOrganisationOf(db: Database, actor: Actor, userId: string) {
  const [staff] = await db
    .select({ organisationId: users.organisationId })
    .from(users)
    .where(and(eq(users.id, userId), ne(users.organisationId, actor.organisationId)))
  return staff?.organisationId
}

/** 409 unless a live partnership from the family's organisation to the partner names the service. */
export async function assertServiceInPartnership(
  db: Database,
  ownerId: string,
  partnerId: string,
  serviceId: string,
) {
  const [covered] = await queryRows<{ covered: boolean }>(
    db,
    sql`select exists(select 1 from partnerships p join partnership_services s on s.partnership_id = p.id
      where p.organisation_id = ${ownerId} and p.partner_organisation_id = ${partnerId}
        and app_partnership_live(p) and s.service_id = ${serviceId}) as covered`,
  )
  if (!covered?.covered)
    throw new ConflictError(
      "The partnership with the family's organisation does not include this service.",
      'service-outside-partnership',
    )
}

/**
 * A partner organisation's specialist is booked for a family only as the family's partner staff: under a live
 * partnership that covers the service, with the family's consent to share, and on its case team.
 */
export async function checkPartnerSpecialist(
  db: Database,
  ownerId: string,
  partnerId: string,
  input: BookingInput,
) {
  await assertMayShareWith(db, { id: input.familyId, organisationId: ownerId }, partnerId)
  await assertServiceInPartnership(db, ownerId, partnerId, input.serviceId)
  const [onTeam] = await db
    .select({ id: caseTeamMembers.id })
    .from(caseTeamMembers)
    .where(
      and(
        eq(caseTeamMembers.familyId, input.familyId),
        eq(caseTeamMembers.userId, input.specialistId),
        isNull(caseTeamMembers.removedAt),
      ),
    )
  if (!onTeam)
    throw new ConflictError(
      "A partner organisation's specialist is booked only for a family whose case team they are on.",
      'partner-not-on-team',
    )
}
