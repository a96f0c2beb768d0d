import type { GroupRunSummary, Role } from '@onestop/contracts'
import { hasAnyRole } from '../../families/components/roles'

/** Who sees group programmes (the listGroupRuns route's access). */
export const GROUP_STAFF_ROLES: readonly Role[] = [
  'intake',
  'case_manager',
  'specialist',
  'coordinator',
  'admin',
]
/** Who plans runs, changes them and their sessions. */
export const ORGANISER_ROLES: readonly Role[] = ['coordinator', 'admin']

interface Staff {
  id: string
  roles: readonly Role[]
}

export const mayOrganise = (user: Staff) => hasAnyRole(user.roles, ORGANISER_ROLES)

/** Mirrors the API: the run's facilitators, coordinators and admins take attendance; the API decides. */
export const mayTakeAttendance = (user: Staff, run: Pick<GroupRunSummary, 'facilitators'>) =>
  mayOrganise(user) || run.facilitators.some((facilitator) => facilitator.id === user.id)
