import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { IfMatchHeaders } from '../families/family.js'
import { MethodologyIdField, MethodologyRef } from '../methodologies/methodology-ref.js'
import { defineRoute } from '../route.js'
import { ProfessionSchema } from '../staff.js'
import { ServiceModeSchema } from './reference.js'
import { RoomKindSchema } from './sites.js'

const ServiceCode = Type.String({
  minLength: 2,
  maxLength: 50,
  pattern: '^[a-z0-9][a-z0-9_-]*$',
  description: "The service's short code, unique in its organisation: lower-case letters, digits, - and _.",
  examples: ['psychologist-children'],
})
const CatalogueCode = Type.String({
  minLength: 1,
  maxLength: 20,
  pattern: '^[0-9A-Za-z.-]+$',
  description:
    'Code of the national Catalogue of Social Services used in SPIS, e.g. 201 information, 202 counselling, 203 mediation and representation.',
  examples: ['202'],
})
const ServiceName = (example: string) => Type.String({ minLength: 1, maxLength: 200, examples: [example] })
const Professions = Type.Array(ProfessionSchema, {
  minItems: 1,
  maxItems: 9,
  uniqueItems: true,
  description: 'Who may deliver the service: a staff member needs one of these professions.',
})
const RoomKinds = Type.Array(RoomKindSchema, {
  maxItems: 5,
  uniqueItems: true,
  description: 'Kinds of room the service suits; empty when it needs no room (at home, remote).',
})
const Duration = Type.Integer({ minimum: 5, maximum: 600, description: 'Minutes.', examples: [60] })
const Capacity = Type.Integer({
  minimum: 1,
  maximum: 500,
  description: 'Participants of one session; required for group services.',
  examples: [20],
})

export const Service = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    code: ServiceCode,
    catalogueCode: Type.Union([CatalogueCode, Type.Null()]),
    nameLt: Type.String({ examples: ['Psichologo konsultacija vaikams'] }),
    nameEn: Type.String({ examples: ['Psychologist consultation for children'] }),
    mode: ServiceModeSchema,
    professions: Type.Array(ProfessionSchema),
    roomKinds: Type.Array(RoomKindSchema),
    defaultDurationMinutes: Type.Integer({ examples: [60] }),
    defaultCapacity: Type.Union([Type.Integer({ examples: [20] }), Type.Null()]),
    methodology: MethodologyRef,
    active: Type.Boolean({ description: 'Inactive services stay in the catalogue but are not booked.' }),
    version: Type.Integer({ description: 'Also sent as the ETag; send it back in If-Match to update.' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { title: 'Service', additionalProperties: false },
)
export type Service = Static<typeof Service>

export const CreateServiceBody = Type.Object(
  {
    code: ServiceCode,
    catalogueCode: Type.Optional(CatalogueCode),
    nameLt: ServiceName('Psichologo konsultacija vaikams'),
    nameEn: ServiceName('Psychologist consultation for children'),
    mode: ServiceModeSchema,
    professions: Professions,
    roomKinds: Type.Optional(RoomKinds),
    defaultDurationMinutes: Duration,
    defaultCapacity: Type.Optional(Capacity),
    methodologyId: Type.Optional(MethodologyIdField),
    active: Type.Optional(Type.Boolean()),
  },
  {
    additionalProperties: false,
    examples: [
      {
        code: 'psychologist-children',
        catalogueCode: '202',
        nameLt: 'Psichologo konsultacija vaikams',
        nameEn: 'Psychologist consultation for children',
        mode: 'individual',
        professions: ['psychologist'],
        roomKinds: ['children', 'consultation'],
        defaultDurationMinutes: 60,
      },
    ],
  },
)

export const UpdateServiceBody = Type.Object(
  {
    code: Type.Optional(ServiceCode),
    catalogueCode: Type.Optional(Type.Union([CatalogueCode, Type.Null()])),
    nameLt: Type.Optional(ServiceName('Terapinė grupė')),
    nameEn: Type.Optional(ServiceName('Therapeutic group')),
    mode: Type.Optional(ServiceModeSchema),
    professions: Type.Optional(Professions),
    roomKinds: Type.Optional(RoomKinds),
    defaultDurationMinutes: Type.Optional(Duration),
    defaultCapacity: Type.Optional(Type.Union([Capacity, Type.Null()])),
    methodologyId: Type.Optional(Type.Union([MethodologyIdField, Type.Null()])),
    active: Type.Optional(Type.Boolean()),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    examples: [{ defaultDurationMinutes: 90, active: false }],
  },
)

export const ListServicesQuery = Type.Object(
  {
    ...PageQuery,
    active: Type.Optional(Type.Boolean()),
    mode: Type.Optional(ServiceModeSchema),
    profession: Type.Optional(ProfessionSchema),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: 'Part of the code or of the Lithuanian or English name.',
        examples: ['konsult'],
      }),
    ),
  },
  { additionalProperties: false },
)

export const ServiceList = Page(Service, 'ServiceList')
export const ServiceParams = Type.Object({ serviceId: Uuid }, { additionalProperties: false })

const tags = ['Services'] as const
const editors = ['admin', 'coordinator'] as const

export const catalogueRoutes = {
  listServices: defineRoute({
    method: 'GET',
    path: '/api/v1/services',
    operationId: 'listServices',
    summary: "List the services of the caller's organisation",
    description: 'Ordered by Lithuanian name.',
    tags,
    access: 'authenticated',
    querystring: ListServicesQuery,
    response: { 200: ServiceList, ...problems(400, 401) },
  }),
  getService: defineRoute({
    method: 'GET',
    path: '/api/v1/services/:serviceId',
    operationId: 'getService',
    summary: 'Get a service of the catalogue',
    tags,
    access: 'authenticated',
    params: ServiceParams,
    response: { 200: Service, ...problems(400, 401, 404) },
  }),
  createService: defineRoute({
    method: 'POST',
    path: '/api/v1/services',
    operationId: 'createService',
    problems: ['service-code-taken', 'methodology-retired'],
    summary: 'Add a service to the catalogue',
    description:
      "The service belongs to the caller's organisation; its code must be new there. A service that delivers a methodology names one of the organisation's active methodologies: its appointments and group runs then follow the methodology's rules.",
    tags,
    access: editors,
    body: CreateServiceBody,
    response: { 201: Service, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  updateService: defineRoute({
    method: 'PATCH',
    path: '/api/v1/services/:serviceId',
    operationId: 'updateService',
    problems: ['service-code-taken', 'methodology-retired'],
    summary: 'Edit, retire or reactivate a service',
    tags,
    access: editors,
    params: ServiceParams,
    headers: IfMatchHeaders,
    body: UpdateServiceBody,
    response: { 200: Service, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 412, 428) },
  }),
} as const
