import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, NoContent, problems, Timestamp, Uuid } from '../common.js'
import { IfMatchHeaders, LocalDate, StaffRef } from '../families/family.js'
import { defineRoute } from '../route.js'

export const FACILITY_KINDS = [
  'crisis_night_shelter',
  'crisis_accommodation',
  'long_term_accommodation',
  'child_short_term_care',
] as const
export type FacilityKind = (typeof FACILITY_KINDS)[number]
export const FacilityKindSchema = Type.Enum([...FACILITY_KINDS], {
  description:
    'What the facility offers; `child_short_term_care` takes only persons under 18 on the check-in date.',
  examples: ['crisis_accommodation'],
})

const Name = (example: string) => FreeText(200, { examples: [example] })
const MaxStayNights = Type.Integer({
  minimum: 1,
  maximum: 3660,
  description: 'The longest stay the facility takes, in nights.',
  examples: [90],
})
const Version = Type.Integer({ description: 'Also sent as the ETag; send it back in If-Match to change it.' })

export const BedAttributes = {
  childBed: Type.Boolean({ description: "A child's bed." }),
  cot: Type.Boolean({ description: 'A cot for an infant.' }),
  accessible: Type.Boolean({ description: 'Reachable and usable with a wheelchair.' }),
}

export const Bed = Type.Object(
  {
    id: Uuid,
    facilityId: Uuid,
    roomId: Uuid,
    label: Type.String({ examples: ['Lova 1'] }),
    ...BedAttributes,
    active: Type.Boolean({ description: 'An inactive bed takes no stay.' }),
    version: Version,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { title: 'Bed', additionalProperties: false },
)
export type Bed = Static<typeof Bed>

export const AccommodationRoom = Type.Object(
  {
    id: Uuid,
    facilityId: Uuid,
    name: Type.String({ examples: ['Kambarys 12'] }),
    active: Type.Boolean(),
    beds: Type.Array(Bed, { description: 'The beds of the room by label.' }),
    version: Version,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { title: 'AccommodationRoom', additionalProperties: false },
)
export type AccommodationRoom = Static<typeof AccommodationRoom>

export const Facility = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    siteId: Uuid,
    kind: FacilityKindSchema,
    name: Type.String({ examples: ['Krizių centro laikinasis apgyvendinimas'] }),
    maxStayNights: Type.Integer({ examples: [90] }),
    active: Type.Boolean({ description: 'An inactive facility takes no new stays.' }),
    rooms: Type.Array(AccommodationRoom, { description: 'Rooms with their beds, by name.' }),
    version: Version,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { title: 'Facility', additionalProperties: false },
)
export type Facility = Static<typeof Facility>

export const CreateFacilityBody = Type.Object(
  {
    siteId: Uuid,
    kind: FacilityKindSchema,
    name: Name('Krizinis apgyvendinimas'),
    maxStayNights: MaxStayNights,
  },
  {
    additionalProperties: false,
    examples: [
      {
        siteId: '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
        kind: 'crisis_accommodation',
        name: 'Krizinis apgyvendinimas',
        maxStayNights: 90,
      },
    ],
  },
)

export const UpdateFacilityBody = Type.Object(
  {
    name: Type.Optional(Name('Krizinis apgyvendinimas')),
    maxStayNights: Type.Optional(MaxStayNights),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ maxStayNights: 120 }] },
)

export const CreateAccommodationRoomBody = Type.Object(
  { name: Name('Kambarys 12') },
  { additionalProperties: false, examples: [{ name: 'Kambarys 12' }] },
)

export const UpdateAccommodationRoomBody = Type.Object(
  { name: Type.Optional(Name('Kambarys 12')), active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1, examples: [{ name: 'Kambarys 14' }] },
)

export const CreateBedBody = Type.Object(
  {
    label: Name('Lova 1'),
    childBed: Type.Optional(BedAttributes.childBed),
    cot: Type.Optional(BedAttributes.cot),
    accessible: Type.Optional(BedAttributes.accessible),
  },
  { additionalProperties: false, examples: [{ label: 'Lova 1', childBed: false }] },
)

export const UpdateBedBody = Type.Object(
  {
    label: Type.Optional(Name('Lova 2')),
    childBed: Type.Optional(BedAttributes.childBed),
    cot: Type.Optional(BedAttributes.cot),
    accessible: Type.Optional(BedAttributes.accessible),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ accessible: true }] },
)

export const OutOfServicePeriod = Type.Object(
  {
    id: Uuid,
    bedId: Uuid,
    from: LocalDate,
    until: Type.String({
      format: 'date',
      description: 'The first day the bed is back in service (the period is half-open).',
      examples: ['2026-12-01'],
    }),
    reason: Type.String({ examples: ['Remontas'] }),
    createdBy: StaffRef,
    createdAt: Timestamp,
  },
  { title: 'OutOfServicePeriod', additionalProperties: false },
)
export type OutOfServicePeriod = Static<typeof OutOfServicePeriod>

export const CreateOutOfServiceBody = Type.Object(
  {
    from: LocalDate,
    until: Type.String({
      format: 'date',
      description: 'After `from`: the first day the bed is back in service.',
      examples: ['2026-12-01'],
    }),
    reason: FreeText(500, { examples: ['Čiužinio keitimas'] }),
  },
  {
    additionalProperties: false,
    examples: [{ from: '2026-11-26', until: '2026-12-01', reason: 'Čiužinio keitimas' }],
  },
)

export const FacilityList = Type.Object(
  { items: Type.Array(Facility) },
  { title: 'FacilityList', additionalProperties: false },
)
export const OutOfServiceList = Type.Object(
  { items: Type.Array(OutOfServicePeriod) },
  { title: 'OutOfServiceList', additionalProperties: false },
)
export const FacilityOutOfServiceQuery = Type.Object(
  {
    from: Type.Optional(LocalDate),
    to: Type.Optional(
      Type.String({
        format: 'date',
        description: 'After `from`: the first day not asked about (the range is half-open).',
        examples: ['2026-12-31'],
      }),
    ),
  },
  { additionalProperties: false },
)
export const FacilityName = Type.Object(
  { id: Uuid, name: Type.String({ examples: ['Krizinis apgyvendinimas'] }), kind: FacilityKindSchema },
  { title: 'FacilityName', additionalProperties: false },
)
export type FacilityName = Static<typeof FacilityName>
export const FacilityNameList = Type.Object(
  { items: Type.Array(FacilityName, { description: 'By name, those out of use too.' }) },
  {
    title: 'FacilityNameList',
    additionalProperties: false,
    examples: [
      {
        items: [
          {
            id: '5b0f3c1e-2f4a-4d8e-9a51-7c3e2b1d0f42',
            name: 'Krizinis apgyvendinimas',
            kind: 'crisis_accommodation',
          },
        ],
      },
    ],
  },
)
export const ListFacilitiesQuery = Type.Object(
  { siteId: Type.Optional(Uuid), kind: Type.Optional(FacilityKindSchema) },
  { additionalProperties: false },
)
export const FacilityParams = Type.Object({ facilityId: Uuid }, { additionalProperties: false })
export const AccommodationRoomParams = Type.Object(
  { accommodationRoomId: Uuid },
  { additionalProperties: false },
)
export const BedParams = Type.Object({ bedId: Uuid }, { additionalProperties: false })
export const OutOfServiceParams = Type.Object(
  { bedId: Uuid, outOfServiceId: Uuid },
  { additionalProperties: false },
)

export const ACCOMMODATION = '/api/v1/accommodation'
/** Who sets up facilities, rooms and beds. */
export const FACILITY_MANAGERS = ['admin', 'coordinator', 'accommodation_officer'] as const
const tags = ['Temporary accommodation'] as const

export const facilityRoutes = {
  listFacilities: defineRoute({
    method: 'GET',
    path: `${ACCOMMODATION}/facilities`,
    operationId: 'listFacilities',
    summary: "List the organisation's accommodation facilities with their rooms and beds",
    description: 'By name.',
    tags,
    access: FACILITY_MANAGERS,
    querystring: ListFacilitiesQuery,
    response: { 200: FacilityList, ...problems(400, 401, 403) },
  }),
  listFacilityNames: defineRoute({
    method: 'GET',
    path: `${ACCOMMODATION}/facility-names`,
    operationId: 'listFacilityNames',
    summary: "The names and kinds of the organisation's facilities, for choosing one",
    description:
      'For every staff member (occupancy and nights are open to all): no rooms, beds or people. By name.',
    tags,
    access: 'authenticated',
    response: { 200: FacilityNameList, ...problems(401) },
  }),
  getFacility: defineRoute({
    method: 'GET',
    path: `${ACCOMMODATION}/facilities/:facilityId`,
    operationId: 'getFacility',
    summary: 'Get a facility with its rooms and beds',
    tags,
    access: FACILITY_MANAGERS,
    params: FacilityParams,
    response: { 200: Facility, ...problems(400, 401, 403, 404) },
  }),
  createFacility: defineRoute({
    method: 'POST',
    path: `${ACCOMMODATION}/facilities`,
    operationId: 'createFacility',
    summary: 'Add an accommodation facility on a site',
    tags,
    access: FACILITY_MANAGERS,
    body: CreateFacilityBody,
    response: { 201: Facility, ...problems(...BODY_PROBLEMS, 401, 403) },
  }),
  updateFacility: defineRoute({
    method: 'PATCH',
    path: `${ACCOMMODATION}/facilities/:facilityId`,
    operationId: 'updateFacility',
    summary: "Edit a facility's name or maximum stay, or take it out of use",
    description: 'A shorter maximum applies to stays placed or changed from now on.',
    tags,
    access: FACILITY_MANAGERS,
    params: FacilityParams,
    headers: IfMatchHeaders,
    body: UpdateFacilityBody,
    response: { 200: Facility, ...problems(...BODY_PROBLEMS, 401, 403, 404, 412, 428) },
  }),
  createAccommodationRoom: defineRoute({
    method: 'POST',
    path: `${ACCOMMODATION}/facilities/:facilityId/rooms`,
    operationId: 'createAccommodationRoom',
    summary: 'Add a room to a facility',
    tags,
    access: FACILITY_MANAGERS,
    params: FacilityParams,
    body: CreateAccommodationRoomBody,
    response: { 201: AccommodationRoom, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
  }),
  updateAccommodationRoom: defineRoute({
    method: 'PATCH',
    path: `${ACCOMMODATION}/rooms/:accommodationRoomId`,
    operationId: 'updateAccommodationRoom',
    summary: 'Rename a room of a facility, or take it out of use',
    tags,
    access: FACILITY_MANAGERS,
    params: AccommodationRoomParams,
    headers: IfMatchHeaders,
    body: UpdateAccommodationRoomBody,
    response: { 200: AccommodationRoom, ...problems(...BODY_PROBLEMS, 401, 403, 404, 412, 428) },
  }),
  createBed: defineRoute({
    method: 'POST',
    path: `${ACCOMMODATION}/rooms/:accommodationRoomId/beds`,
    operationId: 'createBed',
    summary: 'Add a bed to a room',
    tags,
    access: FACILITY_MANAGERS,
    params: AccommodationRoomParams,
    body: CreateBedBody,
    response: { 201: Bed, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
  }),
  updateBed: defineRoute({
    method: 'PATCH',
    path: `${ACCOMMODATION}/beds/:bedId`,
    operationId: 'updateBed',
    summary: "Edit a bed's label or attributes, or take it out of use",
    tags,
    access: FACILITY_MANAGERS,
    params: BedParams,
    headers: IfMatchHeaders,
    body: UpdateBedBody,
    response: { 200: Bed, ...problems(...BODY_PROBLEMS, 401, 403, 404, 412, 428) },
  }),
  listOutOfService: defineRoute({
    method: 'GET',
    path: `${ACCOMMODATION}/beds/:bedId/out-of-service`,
    operationId: 'listOutOfService',
    summary: "A bed's out-of-service periods, earliest first",
    tags,
    access: FACILITY_MANAGERS,
    params: BedParams,
    response: { 200: OutOfServiceList, ...problems(400, 401, 403, 404) },
  }),
  listFacilityOutOfService: defineRoute({
    method: 'GET',
    path: `${ACCOMMODATION}/facilities/:facilityId/out-of-service`,
    operationId: 'listFacilityOutOfService',
    summary: "The out-of-service periods of all a facility's beds overlapping some days",
    description:
      'Periods overlapping [from, to) (either end may be left open), by bed then earliest first: one request for a bed board or timeline instead of one per bed.',
    tags,
    access: FACILITY_MANAGERS,
    params: FacilityParams,
    querystring: FacilityOutOfServiceQuery,
    response: { 200: OutOfServiceList, ...problems(400, 401, 403, 404) },
  }),
  createOutOfService: defineRoute({
    method: 'POST',
    path: `${ACCOMMODATION}/beds/:bedId/out-of-service`,
    operationId: 'createOutOfService',
    problems: ['bed-taken'],
    summary: 'Take a bed out of service for some days',
    description:
      'Refused with 409 `bed-taken` while a stay that is not cancelled holds the bed on any of the days: move or shorten it first.',
    tags,
    access: FACILITY_MANAGERS,
    params: BedParams,
    body: CreateOutOfServiceBody,
    response: { 201: OutOfServicePeriod, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  deleteOutOfService: defineRoute({
    method: 'DELETE',
    path: `${ACCOMMODATION}/beds/:bedId/out-of-service/:outOfServiceId`,
    operationId: 'deleteOutOfService',
    summary: 'Put a bed back into service for a period recorded by mistake',
    tags,
    access: FACILITY_MANAGERS,
    params: OutOfServiceParams,
    response: { 204: NoContent, ...problems(400, 401, 403, 404) },
  }),
} as const
