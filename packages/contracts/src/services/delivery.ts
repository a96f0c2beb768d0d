import { type Static, Type } from 'typebox'
import { Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { StaffRef } from '../families/family.js'
import { defineRoute } from '../route.js'
import { DeliverySourceSchema } from './reference.js'

export const PersonRef = Type.Object(
  { id: Uuid, name: Type.String({ examples: ['Asta Petrauskienė'] }) },
  { additionalProperties: false },
)

export const DeliveredService = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    serviceId: Uuid,
    serviceName: Type.String({ examples: ['Psichologo konsultacija'] }),
    familyId: Uuid,
    familyReferenceCode: Type.String({ examples: ['F-2026-0042'] }),
    person: PersonRef,
    deliveredBy: Type.Union([StaffRef, Type.Null()], {
      description: "The appointment's specialist; null for a group session.",
    }),
    sourceKind: DeliverySourceSchema,
    sourceId: Uuid,
    deliveredAt: Timestamp,
    durationMinutes: Type.Integer({ examples: [60] }),
  },
  { title: 'DeliveredService', additionalProperties: false },
)
export type DeliveredService = Static<typeof DeliveredService>

export const ListDeliveredServicesQuery = Type.Object(
  {
    ...PageQuery,
    from: Type.Optional(
      Type.String({ format: 'date-time', description: 'Delivered at or after this time.' }),
    ),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'Delivered before this time.' })),
    serviceId: Type.Optional(Uuid),
    familyId: Type.Optional(Uuid),
    personId: Type.Optional(Uuid),
    sourceKind: Type.Optional(DeliverySourceSchema),
  },
  { additionalProperties: false },
)

export const DeliveredServiceList = Page(DeliveredService, 'DeliveredServiceList')

export const deliveryRoutes = {
  listDeliveredServices: defineRoute({
    method: 'GET',
    path: '/api/v1/delivered-services',
    operationId: 'listDeliveredServices',
    summary: 'List delivered services',
    description:
      'One row per person and delivery: a completed appointment counts once per participant, an attended group session once per attendee. Newest first; only families the caller may see.',
    tags: ['Bookings'],
    access: ['case_manager', 'specialist', 'coordinator', 'admin'],
    querystring: ListDeliveredServicesQuery,
    response: { 200: DeliveredServiceList, ...problems(400, 401, 403) },
  }),
} as const
