import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, problems, Timestamp, Uuid } from './common.js'
import { defineRoute } from './route.js'

export const PARTNERSHIP_STATUSES = ['proposed', 'scheduled', 'live', 'expired', 'ended'] as const
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number]

const Day = (description: string, example: string) =>
  Type.String({ format: 'date', description, examples: [example] })

const OrganisationRef = Type.Object(
  { id: Uuid, name: Type.String({ examples: ['Kretingos moterų informacijos ir mokymo centras'] }) },
  { additionalProperties: false },
)

export const Partnership = Type.Object(
  {
    id: Uuid,
    organisation: Type.Object(OrganisationRef.properties, {
      additionalProperties: false,
      description: 'The owner: its families are shared with the partner’s staff.',
    }),
    partnerOrganisation: Type.Object(OrganisationRef.properties, {
      additionalProperties: false,
      description: 'Its staff may join the owner’s case teams, with a partner’s limited rights.',
    }),
    agreementReference: Type.String({
      description: 'The signed agreement: its number, date or where it is filed.',
      examples: ['Bendradarbiavimo sutartis Nr. BS-2026/14, 2026-05-07'],
    }),
    startsOn: Day('First day of the agreement (Vilnius).', '2026-05-07'),
    endsOn: Type.Union([
      Day('Last day of the agreement (Vilnius); null when open-ended.', '2028-05-07'),
      Type.Null(),
    ]),
    services: Type.Array(
      Type.Object(
        {
          id: Uuid,
          nameLt: Type.String({ examples: ['Psichologo konsultacija'] }),
          nameEn: Type.String({ examples: ["Psychologist's consultation"] }),
        },
        { additionalProperties: false },
      ),
      { description: 'The owner’s services the partner delivers under the agreement.' },
    ),
    status: Type.Enum([...PARTNERSHIP_STATUSES], {
      description:
        '`proposed` until the partner’s admin accepts; then `scheduled` before its first day, `live` within its dates, `expired` after its last day; `ended` once either side ends it. Only a live partnership shares families.',
      examples: ['live'],
    }),
    proposedAt: Timestamp,
    acceptedAt: Type.Union([Timestamp, Type.Null()]),
    endedAt: Type.Union([Timestamp, Type.Null()]),
    endReason: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'Partnership', additionalProperties: false },
)
export type Partnership = Static<typeof Partnership>

const Reason = FreeText(2000, {
  minLength: 10,
  description: 'At least 10 characters of text (surrounding spaces do not count).',
  examples: ['Projektas baigėsi, sutartis nepratęsta.'],
})

export const ProposePartnershipBody = Type.Object(
  {
    partnerOrganisationId: Uuid,
    agreementReference: FreeText(300, { minLength: 3, examples: ['Sutartis Nr. BS-2026/14'] }),
    startsOn: Day('First day of the agreement (Vilnius).', '2026-05-07'),
    endsOn: Type.Optional(Day('Last day (Vilnius); omit when open-ended.', '2028-05-07')),
    serviceIds: Type.Array(Uuid, {
      maxItems: 100,
      uniqueItems: true,
      description: 'Services of the caller’s organisation the partner delivers.',
    }),
  },
  {
    additionalProperties: false,
    examples: [
      {
        partnerOrganisationId: '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
        agreementReference: 'Sutartis Nr. BS-2026/14',
        startsOn: '2026-05-07',
        endsOn: '2028-05-07',
        serviceIds: ['5f0c7a0e-2d9b-4a43-9a53-3d1c8f1e2b11'],
      },
    ],
  },
)

export const EndPartnershipBody = Type.Object(
  { reason: Reason },
  { additionalProperties: false, examples: [{ reason: 'Projektas baigėsi, sutartis nepratęsta.' }] },
)

export const PartnershipList = Type.Object(
  { items: Type.Array(Partnership) },
  { title: 'PartnershipList', additionalProperties: false },
)
export const PartnershipParams = Type.Object({ partnershipId: Uuid }, { additionalProperties: false })

const tags = ['Partnerships'] as const

export const partnershipRoutes = {
  listPartnerships: defineRoute({
    method: 'GET',
    path: '/api/v1/partnerships',
    operationId: 'listPartnerships',
    summary: "List the caller's organisation's partnerships, as owner or partner",
    description: 'Newest first. Staff see them to know whose staff may join a case team.',
    tags,
    access: 'authenticated',
    response: { 200: PartnershipList, ...problems(401) },
  }),
  getPartnership: defineRoute({
    method: 'GET',
    path: '/api/v1/partnerships/:partnershipId',
    operationId: 'getPartnership',
    summary: 'Get a partnership of the caller’s organisation',
    tags,
    access: 'authenticated',
    params: PartnershipParams,
    response: { 200: Partnership, ...problems(400, 401, 404) },
  }),
  proposePartnership: defineRoute({
    method: 'POST',
    path: '/api/v1/partnerships',
    operationId: 'proposePartnership',
    problems: ['partnership-overlaps'],
    summary: 'Propose a partnership that shares families with another organisation',
    description:
      'By the owner organisation’s admin. It shares nothing until the partner’s admin accepts it. `409 partnership-overlaps` when an unended partnership of the same two organisations covers some of the same days.',
    tags,
    access: ['admin'],
    body: ProposePartnershipBody,
    response: { 201: Partnership, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  acceptPartnership: defineRoute({
    method: 'POST',
    path: '/api/v1/partnerships/:partnershipId/accept',
    operationId: 'acceptPartnership',
    problems: ['partnership-not-proposed'],
    summary: 'Accept a proposed partnership, as the partner organisation’s admin',
    description:
      '`409 partnership-not-proposed` when it was accepted or ended before; 403 for the owner’s admin.',
    tags,
    access: ['admin'],
    params: PartnershipParams,
    response: { 200: Partnership, ...problems(400, 401, 403, 404, 409) },
  }),
  endPartnership: defineRoute({
    method: 'POST',
    path: '/api/v1/partnerships/:partnershipId/end',
    operationId: 'endPartnership',
    problems: ['partnership-ended'],
    summary: 'End a partnership at once, as the admin of either organisation',
    description:
      'The partner’s staff lose access to every shared family in the same moment; each family’s timeline records it. `409 partnership-ended` when it had ended already.',
    tags,
    access: ['admin'],
    params: PartnershipParams,
    body: EndPartnershipBody,
    response: { 200: Partnership, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
} as const
