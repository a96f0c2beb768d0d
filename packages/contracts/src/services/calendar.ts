import { type Static, Type } from 'typebox'
import { NoContent, problems, Timestamp, Uuid } from '../common.js'
import { LocalDate, StaffRef } from '../families/family.js'
import { defineRoute } from '../route.js'
import { AppointmentParticipant } from './bookings.js'
import { Absence, WorkingHoursEntry } from './hours.js'
import { APPOINTMENT_STATUSES, GROUP_SESSION_STATUSES } from './reference.js'

/** The longest period one calendar request may cover: six weeks, a month view with its edges. */
export const CALENDAR_MAX_DAYS = 42

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description })

export const CalendarEventStatusSchema = Type.Enum(
  [...new Set([...APPOINTMENT_STATUSES, ...GROUP_SESSION_STATUSES])],
  {
    description:
      'An appointment is scheduled, completed, no_show or cancelled; a group session scheduled, held or cancelled.',
    examples: ['scheduled'],
  },
)

export const CalendarRoom = Type.Object(
  { id: Uuid, name: Type.String({ examples: ['Konsultacijų kambarys 2'] }) },
  { additionalProperties: false },
)

export const CalendarEvent = Type.Object(
  {
    id: Uuid,
    kind: Type.Enum(['appointment', 'group_session'], {
      description: '`id` is an appointment id or a group session id.',
      examples: ['appointment'],
    }),
    visibility: Type.Enum(['full', 'busy'], {
      description:
        "`busy`: an appointment of a family the caller may not see, shown only as the specialist's and room's busy time; its title, family and participants are null. Group sessions are always `full`.",
      examples: ['full'],
    }),
    startsAt: Timestamp,
    endsAt: Timestamp,
    status: CalendarEventStatusSchema,
    title: Nullable(
      Type.String({ examples: ['Psichologo konsultacija vaikams'] }),
      "The service's name, or the group run's title; null for busy time.",
    ),
    serviceId: Nullable(Uuid, 'Null for busy time.'),
    staff: Type.Array(StaffRef, {
      description: "The appointment's specialist, or the session's facilitators.",
    }),
    room: Nullable(CalendarRoom, 'No room for an appointment at home or remote.'),
    siteId: Nullable(Uuid, "The room's site."),
    familyId: Nullable(Uuid, 'Appointments only; null for busy time.'),
    familyReferenceCode: Nullable(
      Type.String({ examples: ['F-2026-0042'] }),
      'Appointments only; null for busy time.',
    ),
    participants: Nullable(Type.Array(AppointmentParticipant), 'Appointments only; null for busy time.'),
    runId: Nullable(Uuid, 'The group run of a session; null for appointments.'),
    enrolledCount: Nullable(Type.Integer({ examples: [12] }), 'Group sessions only: enrolled persons.'),
    capacity: Nullable(Type.Integer({ examples: [20] }), "Group sessions only: the run's capacity."),
  },
  { title: 'CalendarEvent', additionalProperties: false },
)
export type CalendarEvent = Static<typeof CalendarEvent>

export const CalendarEventList = Type.Object(
  { items: Type.Array(CalendarEvent, { description: 'Earliest first.' }) },
  { title: 'CalendarEventList', additionalProperties: false },
)

export const ListCalendarEventsQuery = Type.Object(
  {
    from: Type.String({
      format: 'date-time',
      description: 'Events ending after this time.',
      examples: ['2026-11-23T00:00:00+02:00'],
    }),
    to: Type.String({
      format: 'date-time',
      description: `Events starting before this time; at most ${CALENDAR_MAX_DAYS} days after \`from\`.`,
      examples: ['2026-11-30T00:00:00+02:00'],
    }),
    specialistId: Type.Optional(Uuid),
    roomId: Type.Optional(Uuid),
    siteId: Type.Optional(Uuid),
    includeCancelled: Type.Optional(
      Type.Boolean({ default: false, description: 'Also list cancelled appointments and sessions.' }),
    ),
  },
  {
    additionalProperties: false,
    description: 'Exactly one of `specialistId`, `roomId` and `siteId`.',
  },
)

export const MyDayQuery = Type.Object(
  {
    date: Type.Optional(
      Type.String({
        format: 'date',
        description: 'The day (Europe/Vilnius); today when omitted.',
        examples: ['2026-11-26'],
      }),
    ),
  },
  { additionalProperties: false },
)

export const MyDay = Type.Object(
  {
    date: LocalDate,
    workingHours: Type.Array(Type.Pick(WorkingHoursEntry, ['siteId', 'siteName', 'startsAt', 'endsAt']), {
      description: 'The weekly working hours that apply on this day, earliest first.',
    }),
    absences: Type.Array(Type.Pick(Absence, ['id', 'kind', 'startsAt', 'endsAt']), {
      description: 'Absences that overlap this day.',
    }),
    events: Type.Array(CalendarEvent, {
      description: "The caller's own appointments and group sessions, in full, earliest first.",
    }),
  },
  { title: 'MyDay', additionalProperties: false },
)
export type MyDay = Static<typeof MyDay>

export const CreatedCalendarFeed = Type.Object(
  {
    url: Type.String({
      format: 'uri',
      description:
        'The subscription address with its secret token, shown only now: paste it into the mail client. Anyone with it can read the feed until it is revoked.',
      examples: [
        'https://onestop.example/api/v1/calendar-feeds/6oB0rJ8pQvV1yN3kXc2tLw9mEaZsHdUf4gRiTb7nKe5.ics',
      ],
    }),
    createdAt: Timestamp,
  },
  { title: 'CreatedCalendarFeed', additionalProperties: false },
)

export const CalendarFeedStatus = Type.Object(
  {
    active: Type.Boolean({ description: 'Whether a feed address is live.' }),
    createdAt: Nullable(Timestamp, 'When the live address was made; null when there is none.'),
  },
  { title: 'CalendarFeedStatus', additionalProperties: false },
)

export const CalendarFeedParams = Type.Object(
  {
    token: Type.String({
      pattern: '^[A-Za-z0-9_-]{32,128}$',
      description: 'The secret token of the feed address.',
      examples: ['6oB0rJ8pQvV1yN3kXc2tLw9mEaZsHdUf4gRiTb7nKe5'],
    }),
  },
  { additionalProperties: false },
)

/** The feed is not JSON: the OpenAPI document shows it as `text/calendar`. */
export const ICalendarFeed = Type.Unsafe<string>({
  description: 'An iCalendar (RFC 5545) document.',
  content: { 'text/calendar': { schema: { type: 'string' } } },
})

const tags = ['Calendar'] as const
const calendarRoles = ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'] as const
const FEED = '/api/v1/staff/me/calendar-feed'

export const calendarRoutes = {
  listCalendarEvents: defineRoute({
    method: 'GET',
    path: '/api/v1/calendar',
    operationId: 'listCalendarEvents',
    summary: "A specialist's, room's or site's calendar",
    description: `Appointments and group sessions overlapping \`from\`–\`to\` (at most ${CALENDAR_MAX_DAYS} days), earliest first, for exactly one of a specialist, a room or a site. Appointments of families the caller may not see are busy time without service, family or participants; the caller's own are always in full. Cancelled ones only with \`includeCancelled=true\`.`,
    tags,
    access: calendarRoles,
    querystring: ListCalendarEventsQuery,
    response: { 200: CalendarEventList, ...problems(400, 401, 403) },
  }),
  getMyDay: defineRoute({
    method: 'GET',
    path: '/api/v1/calendar/my-day',
    operationId: 'getMyDay',
    summary: 'My day: my appointments, group sessions, working hours and absences',
    description: 'Cancelled appointments and sessions are left out.',
    tags,
    access: 'authenticated',
    querystring: MyDayQuery,
    response: { 200: MyDay, ...problems(400, 401) },
  }),
  createCalendarFeed: defineRoute({
    method: 'POST',
    path: FEED,
    operationId: 'createCalendarFeed',
    summary: 'Make a new iCalendar feed address for my calendar',
    description:
      'Any earlier address stops working. The address is shown only in this answer; only a hash of its token is kept, so `Idempotency-Key` is not replayed here: a retry makes another address. The feed holds no names or personal data: service names, family reference codes, group titles, rooms and times.',
    tags,
    access: 'authenticated',
    response: { 201: CreatedCalendarFeed, ...problems(401) },
  }),
  getCalendarFeed: defineRoute({
    method: 'GET',
    path: FEED,
    operationId: 'getCalendarFeed',
    summary: 'Whether my iCalendar feed address is live',
    description: 'The address itself is never shown again.',
    tags,
    access: 'authenticated',
    response: { 200: CalendarFeedStatus, ...problems(401) },
  }),
  revokeCalendarFeed: defineRoute({
    method: 'DELETE',
    path: FEED,
    operationId: 'revokeCalendarFeed',
    summary: 'Stop my iCalendar feed address',
    tags,
    access: 'authenticated',
    response: { 204: NoContent, ...problems(401) },
  }),
  getCalendarFeedDocument: defineRoute({
    method: 'GET',
    path: '/api/v1/calendar-feeds/:token.ics',
    operationId: 'getCalendarFeedDocument',
    summary: "A staff member's calendar as an iCalendar feed",
    description:
      'For mail clients: the secret token in the address is the credential. Appointments and group sessions from 30 days ago to 180 days ahead, with no names or personal data. An unknown or revoked token is 404.',
    tags,
    access: 'public',
    params: CalendarFeedParams,
    response: { 200: ICalendarFeed, ...problems(400, 404, 429) },
  }),
} as const
