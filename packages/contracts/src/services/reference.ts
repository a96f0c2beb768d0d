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

export const GROUP_RUN_STATUSES = ['planned', 'running', 'finished', 'cancelled'] as const
export type GroupRunStatus = (typeof GROUP_RUN_STATUSES)[number]
export const GROUP_SESSION_STATUSES = ['scheduled', 'held', 'cancelled'] as const
export type GroupSessionStatus = (typeof GROUP_SESSION_STATUSES)[number]
/** `enrolled` holds a place; `waitlisted` waits in order for one; `withdrawn` gave it up. */
export const ENROLMENT_STATUSES = ['enrolled', 'waitlisted', 'withdrawn'] as const
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number]
export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number]
/** What a delivered service was counted from. */
export const DELIVERY_SOURCES = ['appointment', 'group_session'] as const
export type DeliverySource = (typeof DELIVERY_SOURCES)[number]
/** A soft cap warns when booking past the plan; a hard cap refuses. */
export const PACKAGE_CAPS = ['soft', 'hard'] as const
export type PackageCap = (typeof PACKAGE_CAPS)[number]

export const GroupRunStatusSchema = Type.Enum([...GROUP_RUN_STATUSES], { examples: ['planned'] })
export const GroupSessionStatusSchema = Type.Enum([...GROUP_SESSION_STATUSES], { examples: ['scheduled'] })
export const EnrolmentStatusSchema = Type.Enum([...ENROLMENT_STATUSES], { examples: ['enrolled'] })
export const AttendanceStatusSchema = Type.Enum([...ATTENDANCE_STATUSES], { examples: ['present'] })
export const DeliverySourceSchema = Type.Enum([...DELIVERY_SOURCES], { examples: ['appointment'] })
export const PackageCapSchema = Type.Enum([...PACKAGE_CAPS], { examples: ['soft'] })
