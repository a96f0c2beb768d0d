import type { Role } from '@onestop/contracts'

/** Who books and sees calendars (the bookings and calendar routes' access). */
export const BOOKING_ROLES: readonly Role[] = ['intake', 'case_manager', 'specialist', 'coordinator', 'admin']

export const mayBook = (roles: readonly Role[]) => roles.some((role) => BOOKING_ROLES.includes(role))
