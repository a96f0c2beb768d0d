import { type Static, Type } from 'typebox'
import { problems, Uuid } from '../common.js'
import { FamilyStatusSchema } from '../families/reference.js'
import { defineRoute } from '../route.js'
import { ACCOMMODATION } from './facilities.js'
import { PersonToPlace, WAITING_LIST_READERS } from './waiting-list.js'

export const PlaceableFamily = Type.Object(
  {
    id: Uuid,
    referenceCode: Type.String({ examples: ['F-2026-0042'] }),
    status: FamilyStatusSchema,
    members: Type.Array(PersonToPlace, { description: 'Current members, oldest first.' }),
  },
  { title: 'PlaceableFamily', additionalProperties: false },
)
export type PlaceableFamily = Static<typeof PlaceableFamily>

export const PlaceableFamilyList = Type.Object(
  { items: Type.Array(PlaceableFamily) },
  { title: 'PlaceableFamilyList', additionalProperties: false },
)
export type PlaceableFamilyList = Static<typeof PlaceableFamilyList>

export const FindPlaceableFamiliesQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: "A member's name or the family's reference code.",
        examples: ['Petrausk'],
      }),
    ),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 50, default: 20, description: 'How many (1–50).', examples: [20] }),
    ),
  },
  { additionalProperties: false },
)

export const placeableFamilyRoutes = {
  findPlaceableFamilies: defineRoute({
    method: 'GET',
    path: `${ACCOMMODATION}/families`,
    operationId: 'findPlaceableFamilies',
    summary: 'Find a family to place or to put on the waiting list',
    description:
      "Open families (intake or active) by a member's name or the reference, newest first, with their current members' names and ages and nothing else of the case. Accommodation officers and coordinators find any of their organisation's, also of families whose case team they are not on; case managers find those they manage. Every answer is audited.",
    tags: ['Temporary accommodation'],
    access: WAITING_LIST_READERS,
    querystring: FindPlaceableFamiliesQuery,
    response: { 200: PlaceableFamilyList, ...problems(400, 401, 403) },
  }),
}
