import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { IfMatchHeaders, StaffRef } from '../families/family.js'
import { defineRoute } from '../route.js'
import { AppointmentStatusSchema } from './reference.js'

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description })

export const AppointmentParticipant = Type.Object(
  { personId: Uuid, name: Type.String({ examples: ['Asta Petrauskienė'] }) },
  { additionalProperties: false },
)

export const Appointment = Type.Object(
  {
    id: Uuid,
    visibility: Type.Enum(['full', 'busy'], {
      description:
        '`busy` (lists only): the appointment of a family the caller may not see, shown as busy time of the specialist and room; its service, family and participants are null.',
      examples: ['full'],
    }),
    organisationId: Uuid,
    specialist: StaffRef,
    roomId: Nullable(Uuid, 'No room for an appointment at home or remote.'),
    roomName: Nullable(Type.String({ examples: ['Konsultacijų kambarys 2'] }), 'The room, if any.'),
    siteId: Nullable(Uuid, "The room's site."),
    startsAt: Timestamp,
    endsAt: Timestamp,
    status: AppointmentStatusSchema,
    serviceId: Nullable(Uuid, 'Null for busy time.'),
    serviceName: Nullable(Type.String({ examples: ['Psichologo konsultacija'] }), 'Null for busy time.'),
    familyId: Nullable(Uuid, 'Null for busy time.'),
    familyReferenceCode: Nullable(Type.String({ examples: ['F-2026-0042'] }), 'Null for busy time.'),
    participants: Nullable(Type.Array(AppointmentParticipant), 'Null for busy time.'),
    cancelReason: Nullable(Type.String(), 'Why it was cancelled; null for busy time.'),
    version: Type.Integer({ description: 'Also sent as the ETag; send it back in If-Match to reschedule.' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    warnings: Type.Optional(
      Type.Array(Type.String(), {
        description:
          "Only when booking: what the booking went past, e.g. a participant's service package with a soft cap.",
        examples: [['Asta Petrauskienė: 16 of 15 planned (past the plan).']],
      }),
    ),
  },
  { title: 'Appointment', additionalProperties: false },
)
export type Appointment = Static<typeof Appointment>

export const CreateAppointmentBody = Type.Object(
  {
    serviceId: Uuid,
    specialistId: Uuid,
    roomId: Type.Optional(Uuid),
    familyId: Uuid,
    participantIds: Type.Array(Uuid, {
      minItems: 1,
      maxItems: 20,
      uniqueItems: true,
      description: 'Person ids of current members of the family.',
    }),
    startsAt: Timestamp,
    endsAt: Type.String({
      format: 'date-time',
      description: 'After `startsAt`; an appointment lasts 5 minutes to 8 hours.',
      examples: ['2026-11-26T10:30:00+02:00'],
    }),
  },
  {
    additionalProperties: false,
    examples: [
      {
        serviceId: '4a7c2e1b-1d2f-4e3a-9b8c-7d6e5f4a3b2c',
        specialistId: '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
        roomId: '9e8d7c6b-5a49-4838-a726-150f4e3d2c1b',
        familyId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
        participantIds: ['2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a'],
        startsAt: '2026-11-26T09:30:00+02:00',
        endsAt: '2026-11-26T10:30:00+02:00',
      },
    ],
  },
)

export const RescheduleAppointmentBody = Type.Object(
  {
    startsAt: Timestamp,
    endsAt: Type.String({ format: 'date-time', examples: ['2026-11-27T11:00:00+02:00'] }),
    roomId: Type.Optional(Nullable(Uuid, 'Another room; null for none; omitted keeps the room.')),
  },
  {
    additionalProperties: false,
    examples: [{ startsAt: '2026-11-27T10:00:00+02:00', endsAt: '2026-11-27T11:00:00+02:00' }],
  },
)

export const CancelAppointmentBody = Type.Object(
  {
    reason: Type.String({
      minLength: 1,
      maxLength: 1000,
      examples: ['Šeima paprašė perkelti dėl vaiko ligos.'],
    }),
  },
  { additionalProperties: false },
)

export const ListAppointmentsQuery = Type.Object(
  {
    ...PageQuery,
    specialistId: Type.Optional(Uuid),
    roomId: Type.Optional(Uuid),
    familyId: Type.Optional(Uuid),
    siteId: Type.Optional(Uuid),
    from: Type.Optional(
      Type.String({ format: 'date-time', description: 'Appointments ending after this time.' }),
    ),
    to: Type.Optional(
      Type.String({ format: 'date-time', description: 'Appointments starting before this time.' }),
    ),
    status: Type.Optional(AppointmentStatusSchema),
  },
  { additionalProperties: false },
)

export const AppointmentList = Page(Appointment, 'AppointmentList')
export const AppointmentParams = Type.Object({ appointmentId: Uuid }, { additionalProperties: false })
export const OptionalIfMatchHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({
      maxLength: 100,
      description: 'The ETag you read; optional here, but checked (412) when sent.',
      examples: ['"2"'],
    }),
  ),
})

const tags = ['Bookings'] as const
const bookingRoles = ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'] as const
const BOOKINGS = '/api/v1/bookings'

export const bookingRoutes = {
  createAppointment: defineRoute({
    method: 'POST',
    path: BOOKINGS,
    operationId: 'createAppointment',
    problems: [
      'service-inactive',
      'outside-working-hours',
      'absent',
      'unqualified',
      'room-inactive',
      'double-booking',
      'family-not-open',
      'service-outside-partnership',
      'partner-not-on-team',
      'partnership-required',
      'partner-consent-required',
      'package-exhausted',
      'facilitator-not-certified',
    ],
    summary: 'Book an appointment',
    description:
      "Books the specialist (and the room) for a family's members. Refused with 409 when the specialist or room is already booked for an overlapping time (the detail names the clash), is outside the specialist's working hours or absence, lacks the profession, or the family is closed. A partner organisation's specialist is booked only for a family whose case team they are on, under a live partnership that includes the service (`409 service-outside-partnership`, `partnership-required`, `partner-not-on-team`) and with the family's consent to share with partners (`409 partner-consent-required`). A service delivering a methodology is booked only with a specialist certified in it on the appointment's day (Vilnius), at least accredited, or a trainee beside their supervisor (which one specialist cannot be): otherwise `409 facilitator-not-certified`, whose `uncertified` lists who lacks it on which day.",
    tags,
    access: bookingRoles,
    body: CreateAppointmentBody,
    response: { 201: Appointment, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  listAppointments: defineRoute({
    method: 'GET',
    path: BOOKINGS,
    operationId: 'listAppointments',
    summary: 'List appointments and busy time',
    description:
      "Earliest first. Appointments of families the caller may not see are listed as busy time (`visibility: busy`) without service, family or participants; the caller's own appointments are always shown in full.",
    tags,
    access: bookingRoles,
    querystring: ListAppointmentsQuery,
    response: { 200: AppointmentList, ...problems(400, 401, 403) },
  }),
  getAppointment: defineRoute({
    method: 'GET',
    path: `${BOOKINGS}/:appointmentId`,
    operationId: 'getAppointment',
    summary: 'Get an appointment',
    tags,
    access: bookingRoles,
    params: AppointmentParams,
    response: { 200: Appointment, ...problems(400, 401, 403, 404) },
  }),
  rescheduleAppointment: defineRoute({
    method: 'PATCH',
    path: `${BOOKINGS}/:appointmentId`,
    operationId: 'rescheduleAppointment',
    problems: [
      'invalid-transition',
      'service-inactive',
      'outside-working-hours',
      'absent',
      'unqualified',
      'room-inactive',
      'double-booking',
      'family-not-open',
      'service-outside-partnership',
      'partner-not-on-team',
      'partnership-required',
      'partner-consent-required',
      'package-exhausted',
      'facilitator-not-certified',
    ],
    summary: 'Move an appointment to another time or room',
    description: 'Re-checks everything a new booking is checked for, and moves its reservations.',
    tags,
    access: bookingRoles,
    params: AppointmentParams,
    headers: IfMatchHeaders,
    body: RescheduleAppointmentBody,
    response: { 200: Appointment, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 412, 428) },
  }),
  cancelAppointment: defineRoute({
    method: 'POST',
    path: `${BOOKINGS}/:appointmentId/cancel`,
    operationId: 'cancelAppointment',
    problems: ['invalid-transition'],
    summary: 'Cancel an appointment and free its time',
    tags,
    access: bookingRoles,
    params: AppointmentParams,
    headers: OptionalIfMatchHeaders,
    body: CancelAppointmentBody,
    response: { 200: Appointment, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 412) },
  }),
  completeAppointment: defineRoute({
    method: 'POST',
    path: `${BOOKINGS}/:appointmentId/complete`,
    operationId: 'completeAppointment',
    problems: ['invalid-transition'],
    summary: 'Mark an appointment as delivered',
    description: 'Only a scheduled appointment that has started.',
    tags,
    access: bookingRoles,
    params: AppointmentParams,
    headers: OptionalIfMatchHeaders,
    response: { 200: Appointment, ...problems(400, 401, 403, 404, 409, 412) },
  }),
  markAppointmentNoShow: defineRoute({
    method: 'POST',
    path: `${BOOKINGS}/:appointmentId/no-show`,
    operationId: 'markAppointmentNoShow',
    problems: ['invalid-transition'],
    summary: 'Mark that the family did not come',
    description: 'Only a scheduled appointment that has started.',
    tags,
    access: bookingRoles,
    params: AppointmentParams,
    headers: OptionalIfMatchHeaders,
    response: { 200: Appointment, ...problems(400, 401, 403, 404, 409, 412) },
  }),
} as const
