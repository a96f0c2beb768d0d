import { isOverseer, type Role } from '@onestop/contracts'

interface Manager {
  id: string
  roles: readonly Role[]
  organisationId: string
}

/**
 * Staff of a partner organisation see a family through a live partnership and the family's consent; they
 * read and contribute (notes, deliveries) but never manage it or change its team.
 */
export const isPartnerOf = (user: { organisationId: string }, family: { organisationId: string }) =>
  user.organisationId !== family.organisationId

/**
 * Mirrors the API's rule (access.ts) so the page offers only what will be allowed; the API decides.
 * Coordinators and admins, the responsible case manager, case managers on the team, and intake staff
 * while the family is theirs, all of the family's own organisation.
 */
export const mayManageFamily = (
  user: Manager,
  family: { organisationId: string; caseManager: { id: string } | null; intakeBy: { id: string } },
  teamUserIds: readonly string[],
) =>
  !isPartnerOf(user, family) &&
  (isOverseer(user) ||
    family.caseManager?.id === user.id ||
    (user.roles.includes('intake') && family.intakeBy.id === user.id && family.caseManager === null) ||
    (user.roles.includes('case_manager') && teamUserIds.includes(user.id)))

/** Changing the team: coordinators, admins and the responsible case manager, of the family's organisation. */
export const mayChangeTeam = (
  user: Manager,
  family: { organisationId: string; caseManager: { id: string } | null },
) => !isPartnerOf(user, family) && (isOverseer(user) || family.caseManager?.id === user.id)

/** Referring the family to another organisation: the same people (the API's rule in family-referrals.ts). */
export const mayReferFamily = mayChangeTeam
