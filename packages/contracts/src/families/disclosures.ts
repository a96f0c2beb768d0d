import { Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { defineRoute } from '../route.js'

export const ConfidentialDisclosure = Type.Object(
  {
    id: Uuid,
    personId: Uuid,
    personName: Type.String({ examples: ['Asta Petrauskienė'] }),
    userId: Uuid,
    userName: Type.String({
      description: 'The admin who was shown the contacts.',
      examples: ['Rūta Jonaitienė'],
    }),
    reason: Type.String({
      examples: ['Asmuo raštu paprašė visų apie jį saugomų duomenų (prašymas Nr. 2026/14).'],
    }),
    disclosedAt: Timestamp,
    reviewedAt: Type.Union([Timestamp, Type.Null()]),
    reviewedBy: Type.Union([Type.String(), Type.Null()]),
    reviewNote: Type.Union([Type.String(), Type.Null()]),
  },
  {
    title: 'ConfidentialDisclosure',
    description: "An admin shown a person's confidential contacts in a subject access export.",
    additionalProperties: false,
  },
)

export const ListConfidentialDisclosuresQuery = Type.Object(
  {
    ...PageQuery,
    reviewed: Type.Optional(Type.Boolean({ description: 'false: only those awaiting review.' })),
  },
  { additionalProperties: false },
)

export const ReviewConfidentialDisclosureBody = Type.Object(
  { note: FreeText(2000, { examples: ['Pagrįsta: asmens prašymas susipažinti su duomenimis.'] }) },
  {
    additionalProperties: false,
    examples: [{ note: 'Pagrįsta: asmens prašymas susipažinti su duomenimis.' }],
  },
)

const tags = ['Data protection'] as const

export const disclosureRoutes = {
  listConfidentialDisclosures: defineRoute({
    method: 'GET',
    path: '/api/v1/confidential-disclosures',
    operationId: 'listConfidentialDisclosures',
    summary: 'Confidential contacts shown to admins, for review',
    description:
      "Every subject access export in which an admin of the caller's organisation was shown confidential contacts, newest first; like emergency (break-glass) accesses, each awaits a review.",
    tags,
    access: ['coordinator', 'admin'],
    querystring: ListConfidentialDisclosuresQuery,
    response: {
      200: Page(ConfidentialDisclosure, 'ConfidentialDisclosureList'),
      ...problems(400, 401, 403),
    },
  }),
  reviewConfidentialDisclosure: defineRoute({
    method: 'POST',
    path: '/api/v1/confidential-disclosures/:disclosureId/review',
    operationId: 'reviewConfidentialDisclosure',
    problems: ['already-reviewed'],
    summary: 'Record the review of a confidential contacts disclosure',
    description:
      'By a coordinator or an admin other than the one who was shown the contacts (403 otherwise). A disclosure is reviewed once: again is 409 `/problems/already-reviewed`; one of another organisation is 404.',
    tags,
    access: ['coordinator', 'admin'],
    params: Type.Object({ disclosureId: Uuid }, { additionalProperties: false }),
    body: ReviewConfidentialDisclosureBody,
    response: { 200: ConfidentialDisclosure, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
} as const
