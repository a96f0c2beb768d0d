import type { Role } from '@onestop/contracts'
import { hasAnyRole } from '../../families/components/roles'

/** Who edits the catalogue and staff schedules (the write routes' access); everyone else reads. */
export const CATALOGUE_EDITORS: readonly Role[] = ['admin', 'coordinator']
export const SCHEDULE_EDITORS: readonly Role[] = ['admin', 'coordinator']

export const mayEditCatalogue = (roles: readonly Role[]) => hasAnyRole(roles, CATALOGUE_EDITORS)
export const mayEditSchedules = (roles: readonly Role[]) => hasAnyRole(roles, SCHEDULE_EDITORS)
