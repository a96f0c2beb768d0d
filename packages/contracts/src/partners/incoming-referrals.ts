import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { Contacts } from '../families/members.js'
import {
  FamilyStatusSchema,
  GenderSchema,
  MemberRoleSchema,
  RiskFactorSchema,
} from '../families/reference.js'
import { defineRoute } from '../route.js'
import {
  ReferralHistoryEntry,
  ReferralParams,
  ReferralStatusSchema,
  ReferralUrgencySchema,
} from './referrals.js'

const Organisation = Type.Object(
  { id: Uuid, name: Type.String({ examples: ['Vilniaus miesto savivaldybė'] }) },
  { additionalProperties: false },
)

const summaryFields = {
  id: Uuid,
  fromOrganisation: Organisation,
  partnerReference: Type.String({ examples: ['VTAS-2026-0412'] }),
  reason: Type.String(),
  urgency: ReferralUrgencySchema,
  riskFactors: Type.Array(RiskFactorSchema),
  status: ReferralStatusSchema,
  receivedAt: Timestamp,
  answerDueAt: Timestamp,
  overdue: Type.Boolean({ description: 'Still not answered after `answerDueAt`.' }),
  personCount: Type.Integer({ minimum: 1, examples: [3] }),
}

export const IncomingReferralSummary = Type.Object(summaryFields, {
  title: 'IncomingReferralSummary',
  additionalProperties: false,
})

export const ReferralPerson = Type.Object(
  {
    id: Uuid,
    givenName: Type.String(),
    familyName: Type.String(),
    birthDate: Type.String({ format: 'date' }),
    gender: GenderSchema,
    role: MemberRoleSchema,
    personalCode: Type.Union([Type.String(), Type.Null()]),
    contacts: Contacts,
  },
  { additionalProperties: false },
)

export const MATCH_KINDS = ['personal_code', 'name_and_birth_date'] as const

export const ReferralMatch = Type.Object(
  {
    family: Type.Object(
      {
        id: Uuid,
        referenceCode: Type.String({ examples: ['2026-0042'] }),
        status: FamilyStatusSchema,
      },
      { additionalProperties: false },
    ),
    persons: Type.Array(
      Type.Object(
        {
          referralPersonId: Uuid,
          memberId: Uuid,
          personId: Uuid,
          matchedBy: Type.Enum([...MATCH_KINDS], { examples: ['personal_code'] }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
)

export const IncomingReferral = Type.Object(
  {
    ...summaryFields,
    consentNote: Type.Union([Type.String(), Type.Null()]),
    decidedAt: Type.Union([Timestamp, Type.Null()]),
    declineReason: Type.Union([Type.String(), Type.Null()]),
    closedAt: Type.Union([Timestamp, Type.Null()]),
    familyId: Type.Union([Uuid, Type.Null()], { description: 'The family the referral was accepted into.' }),
    persons: Type.Array(ReferralPerson),
    matches: Type.Array(ReferralMatch, {
      description:
        'Families of your organisation with a current member matching a referred person by personal code, or by name and birth date.',
    }),
    history: Type.Array(ReferralHistoryEntry),
  },
  { title: 'IncomingReferral', additionalProperties: false },
)
export type IncomingReferral = Static<typeof IncomingReferral>

export const ListIncomingReferralsQuery = Type.Object(
  {
    ...PageQuery,
    status: Type.Optional({ ...ReferralStatusSchema, default: 'received' }),
    urgency: Type.Optional(ReferralUrgencySchema),
  },
  { additionalProperties: false },
)

export const AcceptReferralBody = Type.Object(
  {
    familyId: Type.Optional(
      Type.String({
        format: 'uuid',
        examples: ['0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'],
        description:
          'A family of your organisation to add the referred persons to; persons already in it by personal code are not added twice. Without it a new family is taken in.',
      }),
    ),
    caseManagerId: Type.Optional(
      Type.String({
        format: 'uuid',
        examples: ['0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'],
        description: 'The new family’s case manager; only without `familyId`.',
      }),
    ),
  },
  { additionalProperties: false },
)

export const DeclineReferralBody = Type.Object(
  {
    reason: FreeText(2000, {
      minLength: 10,
      description: 'Shown to the referrer.',
      examples: ['Šeima gyvena ne mūsų aptarnaujamoje teritorijoje.'],
    }),
  },
  { additionalProperties: false },
)

const FamilyParams = Type.Object({ familyId: Uuid }, { additionalProperties: false })

const tags = ['Referral inbox'] as const
const access = ['admin', 'coordinator', 'intake', 'case_manager'] as const
const INBOX = '/api/v1/incoming-referrals'

export const incomingReferralRoutes = {
  listIncomingReferrals: defineRoute({
    method: 'GET',
    path: INBOX,
    operationId: 'listIncomingReferrals',
    summary: 'List referrals to your organisation',
    description: 'By answer due time, earliest first; `status` defaults to `received`.',
    tags,
    access,
    querystring: ListIncomingReferralsQuery,
    response: { 200: Page(IncomingReferralSummary, 'IncomingReferralList'), ...problems(400, 401, 403) },
  }),
  getIncomingReferral: defineRoute({
    method: 'GET',
    path: `${INBOX}/:referralId`,
    operationId: 'getIncomingReferral',
    summary: 'Read a referral with its persons and matching families',
    tags,
    access,
    params: ReferralParams,
    response: { 200: IncomingReferral, ...problems(400, 401, 403, 404) },
  }),
  acceptReferral: defineRoute({
    method: 'POST',
    path: `${INBOX}/:referralId/accept`,
    operationId: 'acceptReferral',
    summary: 'Accept a referral into a new or an existing family',
    description:
      'Adds the referred persons, the referral’s risk factors and the adults’ consent to sharing with the referring municipality. A referral already decided is 409 `/problems/referral-not-pending`.',
    tags,
    access,
    params: ReferralParams,
    body: AcceptReferralBody,
    response: { 200: IncomingReferral, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
    problems: ['referral-not-pending'],
  }),
  declineReferral: defineRoute({
    method: 'POST',
    path: `${INBOX}/:referralId/decline`,
    operationId: 'declineReferral',
    summary: 'Decline a referral, with a reason the referrer sees',
    tags,
    access,
    params: ReferralParams,
    body: DeclineReferralBody,
    response: { 200: IncomingReferral, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
    problems: ['referral-not-pending'],
  }),
  listFamilyReceivedReferrals: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId/received-referrals',
    operationId: 'listFamilyReceivedReferrals',
    summary: 'List the referrals a family was accepted from',
    description:
      'Referrals to your organisation that were accepted into this family, oldest first: who referred it, their reference, why and how urgently. Anyone who may read the family sees them.',
    tags,
    access: 'authenticated',
    params: FamilyParams,
    response: {
      200: Type.Object(
        { items: Type.Array(IncomingReferralSummary) },
        { title: 'ReceivedReferralList', additionalProperties: false },
      ),
      ...problems(400, 401, 404),
    },
  }),
} as const
