import { type Static, Type } from 'typebox'
import { problems, Uuid } from '../common.js'
import { LocalDate } from '../families/family.js'
import { defineRoute } from '../route.js'

export const ATTENDANCE_GROUPINGS = ['service', 'specialist', 'month'] as const
export type AttendanceGrouping = (typeof ATTENDANCE_GROUPINGS)[number]

const Rate = (description: string) =>
  Type.Union([Type.Number({ minimum: 0, maximum: 1, examples: [0.125] }), Type.Null()], { description })

const AttendanceFigures = {
  total: Type.Integer({ description: 'Appointments in any status.', examples: [40] }),
  completed: Type.Integer({ examples: [30] }),
  noShow: Type.Integer({ examples: [4] }),
  cancelled: Type.Integer({ examples: [6] }),
  noShowRate: Rate('No-shows among the appointments that were completed or missed; null when none were.'),
  cancellationRate: Rate('Cancelled among all appointments; null when there were none.'),
}

export const AttendanceRow = Type.Object(
  {
    key: Type.String({
      description: 'The service or specialist id, or the month as YYYY-MM (Vilnius).',
      examples: ['2026-11'],
    }),
    label: Type.String({
      description: 'The service or specialist name, or the month.',
      examples: ['2026-11'],
    }),
    ...AttendanceFigures,
  },
  { title: 'AttendanceRow', additionalProperties: false },
)

export const AttendanceReport = Type.Object(
  {
    from: LocalDate,
    to: LocalDate,
    groupBy: Type.Enum([...ATTENDANCE_GROUPINGS]),
    rows: Type.Array(AttendanceRow),
  },
  { title: 'AttendanceReport', additionalProperties: false },
)
export type AttendanceReport = Static<typeof AttendanceReport>

export const AttendanceReportQuery = Type.Object(
  {
    from: Type.String({
      format: 'date',
      description: 'First day (Vilnius), inclusive.',
      examples: ['2026-01-01'],
    }),
    to: Type.String({
      format: 'date',
      description: 'Last day (Vilnius), inclusive; at most two years after `from`.',
      examples: ['2026-12-31'],
    }),
    groupBy: Type.Optional(
      Type.Enum([...ATTENDANCE_GROUPINGS], { default: 'service', examples: ['specialist'] }),
    ),
  },
  { additionalProperties: false },
)

export const FamilyAttendance = Type.Object(
  {
    familyId: Uuid,
    ...AttendanceFigures,
    missedInARow: Type.Integer({
      description: 'No-shows since the last completed appointment.',
      examples: [3],
    }),
  },
  { title: 'FamilyAttendance', additionalProperties: false },
)
export type FamilyAttendance = Static<typeof FamilyAttendance>

export const attendanceRoutes = {
  getAttendanceReport: defineRoute({
    method: 'GET',
    path: '/api/v1/reports/attendance',
    operationId: 'getAttendanceReport',
    summary: 'No-show and cancellation rates by service, specialist or month',
    description: "Appointments of the caller's organisation starting in the period, counted by status.",
    tags: ['Bookings'],
    access: ['coordinator', 'admin'],
    querystring: AttendanceReportQuery,
    response: { 200: AttendanceReport, ...problems(400, 401, 403) },
  }),
  getFamilyAttendance: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId/attendance',
    operationId: 'getFamilyAttendance',
    summary: "A family's attendance: appointments kept, missed and cancelled",
    tags: ['Bookings'],
    access: 'authenticated',
    params: Type.Object({ familyId: Uuid }, { additionalProperties: false }),
    response: { 200: FamilyAttendance, ...problems(400, 401, 404) },
  }),
} as const
