import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { IfMatchHeaders, LocalDate, StaffRef } from '../families/family.js'
import { defineRoute } from '../route.js'
import { ACCOMMODATION, FacilityKindSchema } from './facilities.js'
import { STAY_MANAGERS } from './stays.js'

export const WAITING_PRIORITIES = ['urgent', 'high', 'normal'] as const
export type WaitingPriority = (typeof WAITING_PRIORITIES)[number]
export const WaitingPrioritySchema = Type.Enum([...WAITING_PRIORITIES], {
  description: 'The list is ordered urgent, high, normal, then by time of request.',
  examples: ['urgent'],
})

export const WAITING_REQUEST_STATUSES = ['open', 'placed', 'withdrawn'] as const
export type WaitingRequestStatus = (typeof WAITING_REQUEST_STATUSES)[number]
export const WaitingRequestStatusSchema = Type.Enum([...WAITING_REQUEST_STATUSES], {
  description: 'open → placed (when all its members were placed) or withdrawn.',
  examples: ['open'],
})

/**
 * Who may ask for a place: managers of stays, and case managers for a family they manage. The request names
 * no facility, so a family's case managers may read it.
 */
export const WAITING_LIST_READERS = [...STAY_MANAGERS, 'case_manager'] as const

const Reason = (example: string) => FreeText(1000, { examples: [example] })

/** A person who needs a place, by name and age. */
export const PersonToPlace = Type.Object(
  {
    personId: Uuid,
    name: Type.String({ examples: ['Asta Petrauskienė'] }),
    ageYears: Type.Integer({
      minimum: 0,
      description: "Age today (Europe/Vilnius): whether a child bed or children's care fits.",
      examples: [34],
    }),
  },
  { additionalProperties: false },
)
export type PersonToPlace = Static<typeof PersonToPlace>

export const WaitingRequest = Type.Object(
  {
    id: Uuid,
    familyId: Uuid,
    familyReference: Type.String({ examples: ['VLN-2026-0042'] }),
    members: Type.Array(PersonToPlace, { description: 'The persons who need a place.' }),
    facilityKind: FacilityKindSchema,
    neededFrom: LocalDate,
    priority: WaitingPrioritySchema,
    reason: Type.String({ description: 'Why this priority.', examples: ['Smurtas artimoje aplinkoje.'] }),
    status: WaitingRequestStatusSchema,
    requestedAt: Timestamp,
    requestedBy: StaffRef,
    closedAt: Type.Union([Timestamp, Type.Null()], { description: 'When it was placed or withdrawn.' }),
    closedBy: Type.Union([StaffRef, Type.Null()]),
    withdrawReason: Type.Union([Type.String(), Type.Null()], { description: 'Set when withdrawn.' }),
    version: Type.Integer({ description: 'Also sent as the ETag; send it back in If-Match to change it.' }),
  },
  { title: 'WaitingRequest', additionalProperties: false },
)
export type WaitingRequest = Static<typeof WaitingRequest>

export const CreateWaitingRequestBody = Type.Object(
  {
    familyId: Uuid,
    memberIds: Type.Optional(
      Type.Array(Uuid, {
        minItems: 1,
        maxItems: 20,
        uniqueItems: true,
        description: 'Current members of the family who need a place; all current members when omitted.',
      }),
    ),
    facilityKind: FacilityKindSchema,
    neededFrom: LocalDate,
    priority: WaitingPrioritySchema,
    reason: Reason('Smurtas artimoje aplinkoje, grįžti namo nesaugu.'),
  },
  {
    additionalProperties: false,
    examples: [
      {
        familyId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
        facilityKind: 'crisis_accommodation',
        neededFrom: '2026-11-26',
        priority: 'urgent',
        reason: 'Smurtas artimoje aplinkoje, grįžti namo nesaugu.',
      },
    ],
  },
)

export const UpdateWaitingRequestBody = Type.Object(
  {
    memberIds: Type.Optional(
      Type.Array(Uuid, { minItems: 1, maxItems: 20, uniqueItems: true, description: 'Current members.' }),
    ),
    facilityKind: Type.Optional(FacilityKindSchema),
    neededFrom: Type.Optional(LocalDate),
    priority: Type.Optional(WaitingPrioritySchema),
    reason: Type.Optional(Reason('Vaikai serga, reikia atskiro kambario.')),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ priority: 'high' }] },
)

export const WithdrawWaitingRequestBody = Type.Object(
  { reason: Reason('Šeima apsigyveno pas gimines.') },
  { additionalProperties: false, examples: [{ reason: 'Šeima apsigyveno pas gimines.' }] },
)

export const ListWaitingRequestsQuery = Type.Object(
  {
    ...PageQuery,
    status: Type.Optional(WaitingRequestStatusSchema),
    facilityKind: Type.Optional(FacilityKindSchema),
    familyId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
)

export const WaitingRequestList = Page(WaitingRequest, 'WaitingRequestList')
export const WaitingRequestParams = Type.Object({ waitingRequestId: Uuid }, { additionalProperties: false })

const tags = ['Temporary accommodation'] as const

export const waitingListRoutes = {
  listWaitingRequests: defineRoute({
    method: 'GET',
    path: `${ACCOMMODATION}/waiting-list`,
    operationId: 'listWaitingRequests',
    summary: 'The waiting list: urgent first, then high, then normal; within each the earliest request first',
    description:
      "Accommodation officers and coordinators see the organisation's requests; case managers those of the families they may see.",
    tags,
    access: WAITING_LIST_READERS,
    querystring: ListWaitingRequestsQuery,
    response: { 200: WaitingRequestList, ...problems(400, 401, 403) },
  }),
  getWaitingRequest: defineRoute({
    method: 'GET',
    path: `${ACCOMMODATION}/waiting-list/:waitingRequestId`,
    operationId: 'getWaitingRequest',
    summary: 'Get a request for a place',
    tags,
    access: WAITING_LIST_READERS,
    params: WaitingRequestParams,
    response: { 200: WaitingRequest, ...problems(400, 401, 403, 404) },
  }),
  createWaitingRequest: defineRoute({
    method: 'POST',
    path: `${ACCOMMODATION}/waiting-list`,
    operationId: 'createWaitingRequest',
    problems: ['family-not-open'],
    summary: 'Ask for a place for a family or some of its members',
    description: 'Case managers ask for families they manage; 409 `family-not-open` for a closed case.',
    tags,
    access: WAITING_LIST_READERS,
    body: CreateWaitingRequestBody,
    response: { 201: WaitingRequest, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  updateWaitingRequest: defineRoute({
    method: 'PATCH',
    path: `${ACCOMMODATION}/waiting-list/:waitingRequestId`,
    operationId: 'updateWaitingRequest',
    problems: ['waiting-request-closed'],
    summary: "Change an open request's members, kind of place, date, priority or reason",
    tags,
    access: STAY_MANAGERS,
    params: WaitingRequestParams,
    headers: IfMatchHeaders,
    body: UpdateWaitingRequestBody,
    response: { 200: WaitingRequest, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 412, 428) },
  }),
  withdrawWaitingRequest: defineRoute({
    method: 'POST',
    path: `${ACCOMMODATION}/waiting-list/:waitingRequestId/withdraw`,
    operationId: 'withdrawWaitingRequest',
    problems: ['waiting-request-closed'],
    summary: 'Take an open request off the waiting list, with a reason',
    tags,
    access: STAY_MANAGERS,
    params: WaitingRequestParams,
    headers: IfMatchHeaders,
    body: WithdrawWaitingRequestBody,
    response: { 200: WaitingRequest, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 412, 428) },
  }),
} as const
