import type { RouteQuery, routes } from '@onestop/contracts'
import { familiesKeys } from '../../families/api/keys'

export type AttendanceReportQuery = NonNullable<RouteQuery<typeof routes.getAttendanceReport>>

export const reportsKeys = {
  attendance: (query: AttendanceReportQuery) => ['reports', 'attendance', query] as const,
  /** Under the family's key, so whatever refreshes the family refreshes its attendance too. */
  familyAttendance: (familyId: string) => [...familiesKeys.detail(familyId), 'attendance'] as const,
}
