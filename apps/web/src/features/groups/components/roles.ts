import { type GroupRunSummary, isOverseer, type Role } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { may } from '../../../lib/access'

interface Staff {
  id: string
  roles: readonly Role[]
}

export const mayOrganise = (user: Staff) => may(user, routes.updateGroupRun)

/** Mirrors the API: the run's facilitators, coordinators and admins take attendance; the API decides. */
export const mayTakeAttendance = (user: Staff, run: Pick<GroupRunSummary, 'facilitators'>) =>
  may(user, routes.recordSessionAttendance) &&
  (isOverseer(user) || run.facilitators.some((facilitator) => facilitator.id === user.id))

/** Mirrors the API: the run's facilitators, coordinators and admins read its fidelity and record outcomes. */
export const mayMeasure = (user: Staff, run: Pick<GroupRunSummary, 'facilitators'>) =>
  may(user, routes.recordOutcomeMeasurement) &&
  (isOverseer(user) || run.facilitators.some((facilitator) => facilitator.id === user.id))
