import type { Role } from '@onestop/contracts'

/** Who may take in a family (the intakeFamily route's access). */
export const INTAKE_ROLES: readonly Role[] = ['intake', 'case_manager', 'coordinator', 'admin']
/** Who may ask for emergency access (the breakGlass route's access). */
export const BREAK_GLASS_ROLES: readonly Role[] = [
  'case_manager',
  'specialist',
  'intake',
  'accommodation_officer',
  'coordinator',
]
/** Who may see and review emergency accesses. */
export const OVERSEER_ROLES: readonly Role[] = ['coordinator', 'admin']
/** Who may change a case team (and so is offered the staff picker). */
export const TEAM_EDITOR_ROLES: readonly Role[] = ['case_manager', 'coordinator', 'admin']

export const hasAnyRole = (roles: readonly Role[], wanted: readonly Role[]) =>
  roles.some((role) => wanted.includes(role))

interface Manager {
  id: string
  roles: readonly Role[]
}

/**
 * Mirrors the API's rule (access.ts) so the page offers only what will be allowed; the API decides.
 * Coordinators and admins, the responsible case manager, case managers on the team, and intake staff
 * while the family is theirs.
 */
export const mayManageFamily = (
  user: Manager,
  family: { caseManager: { id: string } | null; intakeBy: { id: string } },
  teamUserIds: readonly string[],
) =>
  hasAnyRole(user.roles, OVERSEER_ROLES) ||
  family.caseManager?.id === user.id ||
  (user.roles.includes('intake') && family.intakeBy.id === user.id && family.caseManager === null) ||
  (user.roles.includes('case_manager') && teamUserIds.includes(user.id))

/** Changing the team: coordinators, admins and the responsible case manager. */
export const mayChangeTeam = (user: Manager, family: { caseManager: { id: string } | null }) =>
  hasAnyRole(user.roles, OVERSEER_ROLES) || family.caseManager?.id === user.id
