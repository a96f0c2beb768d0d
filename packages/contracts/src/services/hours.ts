import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, NoContent, Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { LocalDate, StaffRef } from '../families/family.js'
import { defineRoute } from '../route.js'
import { AbsenceKindSchema } from './reference.js'

const ClockTime = (example: string) =>
  Type.String({
    maxLength: 5,
    pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
    description: 'Local time in Europe/Vilnius, HH:MM.',
    examples: [example],
  })
const Weekday = Type.Integer({
  minimum: 1,
  maximum: 7,
  description: 'ISO weekday: 1 Monday … 7 Sunday.',
  examples: [1],
})

export const WorkingHoursEntry = Type.Object(
  {
    id: Uuid,
    siteId: Uuid,
    siteName: Type.String({ examples: ['Vieno langelio centras'] }),
    weekday: Type.Integer({ examples: [1] }),
    startsAt: Type.String({ examples: ['08:00'] }),
    endsAt: Type.String({ examples: ['17:00'] }),
    validFrom: LocalDate,
    validTo: Type.Union([LocalDate, Type.Null()], { description: 'Null: until further notice.' }),
  },
  { title: 'WorkingHoursEntry', additionalProperties: false },
)

export const AffectedBooking = Type.Object(
  {
    kind: Type.Union([Type.Literal('appointment'), Type.Literal('group_session')]),
    id: Uuid,
    startsAt: Timestamp,
    endsAt: Timestamp,
    title: Type.Union([Type.String(), Type.Null()], {
      description:
        "The service's name for an appointment, the run's title for a group session; null for an appointment of a family you may not see.",
      examples: ['Psichologo konsultacija'],
    }),
    familyReferenceCode: Type.Union([Type.String(), Type.Null()], {
      description: 'Appointments of a family you may see only; null otherwise.',
      examples: ['F-2026-0042'],
    }),
    runId: Type.Union([Uuid, Type.Null()], { description: 'Group sessions only; null otherwise.' }),
  },
  {
    title: 'AffectedBooking',
    additionalProperties: false,
    description: 'A scheduled appointment or group session of the staff member, to be rescheduled by hand.',
  },
)
export type AffectedBooking = Static<typeof AffectedBooking>

const affectedList = (description: string) =>
  Type.Array(AffectedBooking, {
    description: `${description} By start time. Nothing is cancelled automatically.`,
  })

export const WorkingHours = Type.Object(
  {
    userId: Uuid,
    entries: Type.Array(WorkingHoursEntry, { description: 'By weekday, then start time.' }),
  },
  { title: 'WorkingHours', additionalProperties: false },
)
export type WorkingHours = Static<typeof WorkingHours>

export const ReplacedWorkingHours = Type.Object(
  {
    ...WorkingHours.properties,
    outsideHours: affectedList(
      "The staff member's scheduled future appointments and group sessions that now fall outside the new hours.",
    ),
  },
  { title: 'ReplacedWorkingHours', additionalProperties: false },
)
export type ReplacedWorkingHours = Static<typeof ReplacedWorkingHours>

export const NewWorkingHoursEntry = Type.Object(
  {
    siteId: Uuid,
    weekday: Weekday,
    startsAt: ClockTime('08:00'),
    endsAt: ClockTime('17:00'),
    validFrom: LocalDate,
    validTo: Type.Optional(LocalDate),
  },
  { additionalProperties: false },
)

export const ReplaceWorkingHoursBody = Type.Object(
  {
    entries: Type.Array(NewWorkingHoursEntry, {
      maxItems: 70,
      description:
        'The whole weekly pattern; it replaces the one before. Entries of one weekday must not overlap while both are valid.',
    }),
  },
  {
    additionalProperties: false,
    examples: [
      {
        entries: [1, 2, 3, 4, 5].map((weekday) => ({
          siteId: '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
          weekday,
          startsAt: '08:00',
          endsAt: '17:00',
          validFrom: '2026-05-07',
        })),
      },
    ],
  },
)

export const Absence = Type.Object(
  {
    id: Uuid,
    userId: Uuid,
    kind: AbsenceKindSchema,
    startsAt: Timestamp,
    endsAt: Timestamp,
    note: Type.Union([Type.String(), Type.Null()]),
    createdBy: StaffRef,
    createdAt: Timestamp,
  },
  { title: 'Absence', additionalProperties: false },
)
export type Absence = Static<typeof Absence>

export const RecordedAbsence = Type.Object(
  {
    ...Absence.properties,
    affected: affectedList(
      "The staff member's scheduled appointments (as specialist) and group sessions (of runs they facilitate) overlapping the absence.",
    ),
  },
  { title: 'RecordedAbsence', additionalProperties: false },
)
export type RecordedAbsence = Static<typeof RecordedAbsence>

export const CreateAbsenceBody = Type.Object(
  {
    kind: AbsenceKindSchema,
    startsAt: Timestamp,
    endsAt: Timestamp,
    note: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, examples: ['Kasmetinės atostogos'] })),
  },
  {
    additionalProperties: false,
    description: '`endsAt` must be after `startsAt`.',
    examples: [
      {
        kind: 'leave',
        startsAt: '2026-12-21T00:00:00+02:00',
        endsAt: '2027-01-04T00:00:00+02:00',
        note: 'Kasmetinės atostogos',
      },
    ],
  },
)

export const ListAbsencesQuery = Type.Object(
  {
    ...PageQuery,
    from: Type.Optional(
      Type.String({ format: 'date-time', description: 'Only absences ending after this time.' }),
    ),
  },
  { additionalProperties: false },
)

export const AbsenceList = Page(Absence, 'AbsenceList')
export const StaffParams = Type.Object({ userId: Uuid }, { additionalProperties: false })
export const AbsenceParams = Type.Object({ userId: Uuid, absenceId: Uuid }, { additionalProperties: false })

const tags = ['Staff schedules'] as const
const editors = ['admin', 'coordinator'] as const
const OWN_OR_EDITOR =
  'The staff member may read their own; admins and coordinators of their organisation read and edit.'

export const hoursRoutes = {
  getWorkingHours: defineRoute({
    method: 'GET',
    path: '/api/v1/staff/:userId/working-hours',
    operationId: 'getWorkingHours',
    summary: "Get a staff member's weekly working hours",
    description: OWN_OR_EDITOR,
    tags,
    access: 'authenticated',
    params: StaffParams,
    response: { 200: WorkingHours, ...problems(400, 401, 403, 404) },
  }),
  replaceWorkingHours: defineRoute({
    method: 'PUT',
    path: '/api/v1/staff/:userId/working-hours',
    operationId: 'replaceWorkingHours',
    summary: "Replace a staff member's weekly working hours",
    description: `${OWN_OR_EDITOR} The answer lists the scheduled future appointments and group sessions that fall outside the new hours; nothing is cancelled automatically.`,
    tags,
    access: editors,
    params: StaffParams,
    body: ReplaceWorkingHoursBody,
    response: { 200: ReplacedWorkingHours, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
  }),
  listAbsences: defineRoute({
    method: 'GET',
    path: '/api/v1/staff/:userId/absences',
    operationId: 'listAbsences',
    summary: "List a staff member's absences",
    description: `Latest first. ${OWN_OR_EDITOR}`,
    tags,
    access: 'authenticated',
    params: StaffParams,
    querystring: ListAbsencesQuery,
    response: { 200: AbsenceList, ...problems(400, 401, 403, 404) },
  }),
  createAbsence: defineRoute({
    method: 'POST',
    path: '/api/v1/staff/:userId/absences',
    operationId: 'createAbsence',
    summary: 'Record leave, sickness, training or other time away',
    description: `${OWN_OR_EDITOR} The answer lists the staff member's scheduled appointments and group sessions overlapping the absence, to be rescheduled; nothing is cancelled automatically.`,
    tags,
    access: editors,
    params: StaffParams,
    body: CreateAbsenceBody,
    response: { 201: RecordedAbsence, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
  }),
  deleteAbsence: defineRoute({
    method: 'DELETE',
    path: '/api/v1/staff/:userId/absences/:absenceId',
    operationId: 'deleteAbsence',
    summary: 'Remove an absence',
    description: OWN_OR_EDITOR,
    tags,
    access: editors,
    params: AbsenceParams,
    response: { 204: NoContent, ...problems(400, 401, 403, 404) },
  }),
} as const
