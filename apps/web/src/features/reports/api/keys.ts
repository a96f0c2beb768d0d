import type { RouteQuery, routes } from '@onestop/contracts'

export type AttendanceReportQuery = NonNullable<RouteQuery<typeof routes.getAttendanceReport>>

export const reportsKeys = {
  attendance: (query: AttendanceReportQuery) => ['reports', 'attendance', query] as const,
}
