import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { defineRoute } from '../route.js'

export const ROOM_KINDS = ['consultation', 'group', 'children', 'accommodation', 'office'] as const
export type RoomKind = (typeof ROOM_KINDS)[number]
export const RoomKindSchema = Type.Enum([...ROOM_KINDS], {
  description: 'What a room is for.',
  examples: ['consultation'],
})

const Text = (maxLength: number, example: string) =>
  Type.String({ minLength: 1, maxLength, examples: [example] })
const RoomCapacity = Type.Integer({
  minimum: 1,
  maximum: 1000,
  description: 'How many people the room holds.',
  examples: [3],
})

export const Room = Type.Object(
  {
    id: Uuid,
    siteId: Uuid,
    name: Type.String({ examples: ['Konsultacijų kabinetas 1'] }),
    kind: RoomKindSchema,
    capacity: Type.Integer({ examples: [3] }),
    active: Type.Boolean({ description: 'Inactive rooms are out of use and not booked.' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { title: 'Room', additionalProperties: false },
)
export type Room = Static<typeof Room>

export const Site = Type.Object(
  {
    id: Uuid,
    organisationId: Uuid,
    name: Type.String({ examples: ['Vieno langelio centras'] }),
    address: Type.String({ examples: ['Nadruvos g. 13, Vilnius'] }),
    municipality: Type.String({ examples: ['Vilniaus miesto savivaldybė'] }),
    rooms: Type.Array(Room, { description: 'All rooms of the site, active or not, by name.' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { title: 'Site', additionalProperties: false },
)
export type Site = Static<typeof Site>

export const CreateSiteBody = Type.Object(
  {
    name: Text(200, 'Kretingos socialinių paslaugų centras'),
    address: Text(300, 'Vytauto g. 11, Kretinga'),
    municipality: Type.Optional(Text(200, 'Kretingos rajono savivaldybė')),
  },
  {
    additionalProperties: false,
    description: "`municipality` defaults to the organisation's.",
    examples: [{ name: 'Kretingos socialinių paslaugų centras', address: 'Vytauto g. 11, Kretinga' }],
  },
)

export const UpdateSiteBody = Type.Object(
  {
    name: Type.Optional(Text(200, 'Vieno langelio centras')),
    address: Type.Optional(Text(300, 'Nadruvos g. 13, Vilnius')),
    municipality: Type.Optional(Text(200, 'Vilniaus miesto savivaldybė')),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ address: 'Nadruvos g. 13, Vilnius' }] },
)

export const CreateRoomBody = Type.Object(
  {
    siteId: Uuid,
    name: Text(200, 'Grupių salė'),
    kind: RoomKindSchema,
    capacity: RoomCapacity,
    active: Type.Optional(Type.Boolean()),
  },
  {
    additionalProperties: false,
    examples: [
      { siteId: '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10', name: 'Grupių salė', kind: 'group', capacity: 20 },
    ],
  },
)

export const UpdateRoomBody = Type.Object(
  {
    name: Type.Optional(Text(200, 'Vaikų kambarys')),
    kind: Type.Optional(RoomKindSchema),
    capacity: Type.Optional(RoomCapacity),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ active: false }] },
)

export const ListSitesQuery = Type.Object({ ...PageQuery }, { additionalProperties: false })
export const ListRoomsQuery = Type.Object(
  {
    ...PageQuery,
    siteId: Type.Optional(Uuid),
    kind: Type.Optional(RoomKindSchema),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)

export const SiteList = Page(Site, 'SiteList')
export const RoomList = Page(Room, 'RoomList')
export const SiteParams = Type.Object({ siteId: Uuid }, { additionalProperties: false })
export const RoomParams = Type.Object({ roomId: Uuid }, { additionalProperties: false })

const tags = ['Sites and rooms'] as const
const admin = ['admin'] as const

export const sitesRoutes = {
  listSites: defineRoute({
    method: 'GET',
    path: '/api/v1/sites',
    operationId: 'listSites',
    summary: "List the sites of the caller's organisation, with their rooms",
    tags,
    access: 'authenticated',
    querystring: ListSitesQuery,
    response: { 200: SiteList, ...problems(400, 401) },
  }),
  getSite: defineRoute({
    method: 'GET',
    path: '/api/v1/sites/:siteId',
    operationId: 'getSite',
    summary: "Get a site of the caller's organisation, with its rooms",
    tags,
    access: 'authenticated',
    params: SiteParams,
    response: { 200: Site, ...problems(400, 401, 404) },
  }),
  createSite: defineRoute({
    method: 'POST',
    path: '/api/v1/sites',
    operationId: 'createSite',
    summary: 'Add a site',
    description: "The site belongs to the admin's organisation.",
    tags,
    access: admin,
    body: CreateSiteBody,
    response: { 201: Site, ...problems(...BODY_PROBLEMS, 401, 403) },
  }),
  updateSite: defineRoute({
    method: 'PATCH',
    path: '/api/v1/sites/:siteId',
    operationId: 'updateSite',
    summary: "Edit a site's name or address",
    tags,
    access: admin,
    params: SiteParams,
    body: UpdateSiteBody,
    response: { 200: Site, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
  }),
  listRooms: defineRoute({
    method: 'GET',
    path: '/api/v1/rooms',
    operationId: 'listRooms',
    summary: "List the rooms of the caller's organisation",
    description: 'Ordered by name.',
    tags,
    access: 'authenticated',
    querystring: ListRoomsQuery,
    response: { 200: RoomList, ...problems(400, 401) },
  }),
  getRoom: defineRoute({
    method: 'GET',
    path: '/api/v1/rooms/:roomId',
    operationId: 'getRoom',
    summary: "Get a room of the caller's organisation",
    tags,
    access: 'authenticated',
    params: RoomParams,
    response: { 200: Room, ...problems(400, 401, 404) },
  }),
  createRoom: defineRoute({
    method: 'POST',
    path: '/api/v1/rooms',
    operationId: 'createRoom',
    summary: 'Add a room to a site',
    tags,
    access: admin,
    body: CreateRoomBody,
    response: { 201: Room, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
  }),
  updateRoom: defineRoute({
    method: 'PATCH',
    path: '/api/v1/rooms/:roomId',
    operationId: 'updateRoom',
    summary: 'Edit a room, take it out of use or back into use',
    tags,
    access: admin,
    params: RoomParams,
    body: UpdateRoomBody,
    response: { 200: Room, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
  }),
} as const
