import type { RouteQuery } from '@onestop/contracts'
import type { routes } from '@onestop/contracts/client'

export type AttendanceReportQuery = NonNullable<RouteQuery<typeof routes.getAttendanceReport>>

export const reportsKeys = {
  attendance: (query: AttendanceReportQuery) => ['reports', 'attendance', query] as const,
}
