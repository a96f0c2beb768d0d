import { Type } from 'typebox'

export const SERVICE_MODES = ['individual', 'group', 'family', 'at_home', 'remote'] as const
export type ServiceMode = (typeof SERVICE_MODES)[number]
export const APPOINTMENT_STATUSES = ['scheduled', 'completed', 'no_show', 'cancelled'] as const
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number]
export const ABSENCE_KINDS = ['leave', 'sickness', 'training', 'other'] as const
export type AbsenceKind = (typeof ABSENCE_KINDS)[number]
/** What a reservation of staff or room time was made for. */
export const RESERVATION_SOURCES = ['appointment', 'group_session', 'training'] as const
export type ReservationSource = (typeof RESERVATION_SOURCES)[number]

export const ServiceModeSchema = Type.Enum([...SERVICE_MODES], { examples: ['individual'] })
export const AppointmentStatusSchema = Type.Enum([...APPOINTMENT_STATUSES], { examples: ['scheduled'] })
export const AbsenceKindSchema = Type.Enum([...ABSENCE_KINDS], { examples: ['leave'] })
