import type { Role } from '@onestop/contracts'

/** Who sees the partnerships page: admins act on it; coordinators and case managers read whose staff may join a team. */
export const PARTNERSHIP_READER_ROLES: readonly Role[] = ['admin', 'coordinator', 'case_manager']
