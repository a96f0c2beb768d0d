import { type Static, Type } from 'typebox'
import { problems, Timestamp, Uuid } from '../common.js'
import { StaffRef } from '../families/family.js'
import { defineRoute } from '../route.js'

export const AvailabilityRoom = Type.Object(
  {
    id: Uuid,
    name: Type.String({ examples: ['Konsultacijų kambarys 2'] }),
    siteId: Uuid,
  },
  { additionalProperties: false },
)

export const AvailableSlot = Type.Object(
  {
    startsAt: Timestamp,
    endsAt: Timestamp,
    specialist: StaffRef,
    room: Type.Union([AvailabilityRoom, Type.Null()], {
      description:
        'The smallest suitable free room at the site; null when the service needs no room (at home, remote).',
    }),
    siteId: Uuid,
    siteName: Type.String({ examples: ['Vieno langelio centras'] }),
  },
  { title: 'AvailableSlot', additionalProperties: false },
)
export type AvailableSlot = Static<typeof AvailableSlot>

export const Availability = Type.Object(
  {
    items: Type.Array(AvailableSlot, { description: 'Earliest first, then by specialist name.' }),
    truncated: Type.Boolean({ description: 'True when more slots matched than `limit`.' }),
  },
  { title: 'Availability', additionalProperties: false },
)
export type Availability = Static<typeof Availability>

export const FindAvailabilityQuery = Type.Object(
  {
    serviceId: Uuid,
    from: Type.String({
      format: 'date-time',
      description: 'Slots starting at or after this time (never in the past).',
      examples: ['2026-11-23T00:00:00+02:00'],
    }),
    to: Type.String({
      format: 'date-time',
      description: 'Slots ending at or before this time; after `from` and at most 14 days later.',
      examples: ['2026-11-28T00:00:00+02:00'],
    }),
    specialistId: Type.Optional(Uuid),
    siteId: Type.Optional(Uuid),
    durationMinutes: Type.Optional(
      Type.Integer({
        minimum: 5,
        maximum: 480,
        description: "Length of the slot; the service's default duration when omitted.",
        examples: [60],
      }),
    ),
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 200,
        default: 50,
        description: 'At most this many slots.',
        examples: [50],
      }),
    ),
  },
  { additionalProperties: false },
)
export type FindAvailabilityQuery = Static<typeof FindAvailabilityQuery>

export const availabilityRoutes = {
  findAvailability: defineRoute({
    method: 'GET',
    path: '/api/v1/availability',
    operationId: 'findAvailability',
    summary: 'Find free slots for a service',
    description:
      "Free slots on a 15-minute grid inside qualified specialists' working hours (Europe/Vilnius), where the specialist is not away or booked and, when the service needs a room, a room of a suitable kind at that site is free. Book one with `POST /api/v1/bookings`.",
    tags: ['Bookings'],
    access: ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'],
    querystring: FindAvailabilityQuery,
    problems: ['service-inactive'],
    response: { 200: Availability, ...problems(400, 401, 403, 409) },
  }),
} as const
