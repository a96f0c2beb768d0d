import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { Contacts, PersonalCode } from '../families/members.js'
import { GenderSchema, MemberRoleSchema, RiskFactorSchema } from '../families/reference.js'
import { defineRoute } from '../route.js'
import { REFERRAL_EVENT_TYPES, REFERRAL_STATUSES, REFERRAL_URGENCIES } from './referral-reference.js'

export const ReferralStatusSchema = Type.Enum([...REFERRAL_STATUSES], { examples: ['received'] })
export const ReferralUrgencySchema = Type.Enum([...REFERRAL_URGENCIES], {
  description: '`urgent`: answered within 24 hours; `routine`: within 3 working days.',
  examples: ['routine'],
})
export const ReferralEventTypeSchema = Type.Enum([...REFERRAL_EVENT_TYPES], {
  examples: ['referral.received'],
})

export const ConsentConfirmed = Type.Literal(true, {
  description:
    'The referrer confirms the family agreed to be referred and to their data going to the receiving organisation. Must be `true`: a referral without it is refused and nothing is stored.',
  examples: [true],
})

export const ReferralReason = FreeText(4000, {
  description: 'Why the family is referred and what is asked of the receiving organisation.',
  examples: ['Mama su dviem vaikais išvyko iš namų dėl smurto; reikia apgyvendinimo ir atvejo vadybos.'],
})

export const RiskFactorList = Type.Array(RiskFactorSchema, {
  maxItems: 20,
  uniqueItems: true,
  examples: [['abuse_and_violence']],
})

const BirthDate = Type.String({ format: 'date', description: 'Not in the future.', examples: ['2016-09-03'] })

export const ReferralPersonBody = Type.Object(
  {
    givenName: FreeText(100, { examples: ['Asta'] }),
    familyName: FreeText(100, { examples: ['Petrauskienė'] }),
    birthDate: BirthDate,
    gender: GenderSchema,
    role: MemberRoleSchema,
    personalCode: Type.Optional(PersonalCode),
    contacts: Type.Optional(Contacts),
  },
  { additionalProperties: false },
)

export const CreateReferralBody = Type.Object(
  {
    partnerReference: FreeText(100, {
      description: 'Your own reference for the case (e.g. the child rights service’s case number).',
      examples: ['VTAS-2026-0412'],
    }),
    reason: ReferralReason,
    urgency: ReferralUrgencySchema,
    riskFactors: RiskFactorList,
    consentConfirmed: ConsentConfirmed,
    consentNote: Type.Optional(
      FreeText(1000, {
        description: 'How and when consent was obtained.',
        examples: ['Mama sutikimą pasirašė 2026-11-20.'],
      }),
    ),
    members: Type.Array(ReferralPersonBody, { minItems: 1, maxItems: 20 }),
  },
  {
    additionalProperties: false,
    examples: [
      {
        partnerReference: 'VTAS-2026-0412',
        reason: 'Tėvų konfliktas skyrybų metu, vaikas nelanko mokyklos.',
        urgency: 'routine',
        riskFactors: ['high_conflict_separation'],
        consentConfirmed: true,
        members: [
          {
            givenName: 'Asta',
            familyName: 'Petrauskienė',
            birthDate: '1988-04-12',
            gender: 'woman',
            role: 'parent',
          },
          {
            givenName: 'Jonas',
            familyName: 'Petrauskas',
            birthDate: '2016-09-03',
            gender: 'man',
            role: 'child',
          },
        ],
      },
    ],
  },
)

export const ReferralHistoryEntry = Type.Object(
  { type: ReferralEventTypeSchema, occurredAt: Timestamp },
  { additionalProperties: false },
)

/** What the referrer sees of a referral: its progress and whom to call, nothing of the case itself. */
export const Referral = Type.Object(
  {
    id: Uuid,
    partnerReference: Type.String({ examples: ['VTAS-2026-0412'] }),
    toOrganisation: Type.Object(
      { id: Uuid, name: Type.String({ examples: ['Vilniaus kompleksinių paslaugų centras'] }) },
      { additionalProperties: false },
    ),
    status: ReferralStatusSchema,
    urgency: ReferralUrgencySchema,
    receivedAt: Timestamp,
    answerDueAt: Timestamp,
    decidedAt: Type.Union([Timestamp, Type.Null()]),
    declineReason: Type.Union([Type.String(), Type.Null()]),
    closedAt: Type.Union([Timestamp, Type.Null()]),
    contactPerson: Type.Union(
      [
        Type.Object(
          {
            name: Type.String({ examples: ['Rūta Kazlauskienė'] }),
            email: Type.String({ examples: ['ruta.kazlauskiene@onestop.example'] }),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ],
      { description: 'The responsible case manager once the referral is accepted and one is assigned.' },
    ),
    history: Type.Array(ReferralHistoryEntry, { description: 'Status events, oldest first.' }),
  },
  { title: 'Referral', additionalProperties: false },
)
export type Referral = Static<typeof Referral>

export const ListReferralsQuery = Type.Object(
  { ...PageQuery, status: Type.Optional(ReferralStatusSchema) },
  { additionalProperties: false },
)
export const ReferralList = Page(Referral, 'ReferralList')
export const ReferralParams = Type.Object({ referralId: Uuid }, { additionalProperties: false })

export const CreateFamilyReferralBody = Type.Object(
  {
    toOrganisationId: Uuid,
    reason: ReferralReason,
    urgency: ReferralUrgencySchema,
    riskFactors: Type.Optional(RiskFactorList),
    memberIds: Type.Array(Uuid, {
      minItems: 1,
      maxItems: 20,
      uniqueItems: true,
      description: 'Current members of the family (membership ids) to refer.',
    }),
    consentConfirmed: ConsentConfirmed,
    consentNote: Type.Optional(FreeText(1000, { examples: ['Mama sutiko žodžiu 2026-12-01.'] })),
  },
  { additionalProperties: false },
)

const FamilyParams = Type.Object({ familyId: Uuid }, { additionalProperties: false })
const REFERRALS = '/api/v1/referrals'

export const referralRoutes = {
  createReferral: defineRoute({
    method: 'POST',
    path: REFERRALS,
    operationId: 'createReferral',
    summary: 'Refer a family to the centre',
    description:
      'The referral goes from your municipality to the centre that issued your API client. `consentConfirmed` must be `true`. Send an `Idempotency-Key`: a retry with the same key and body returns the first answer and never creates a second referral.',
    tags: ['Referrals'],
    access: { partnerScope: 'referrals:write' },
    body: CreateReferralBody,
    response: { 201: Referral, ...problems(...BODY_PROBLEMS, 401, 403) },
  }),
  listReferrals: defineRoute({
    method: 'GET',
    path: REFERRALS,
    operationId: 'listReferrals',
    summary: 'List your referrals to the centre',
    description: 'Newest first.',
    tags: ['Referrals'],
    access: { partnerScope: 'referrals:read' },
    querystring: ListReferralsQuery,
    response: { 200: ReferralList, ...problems(400, 401, 403) },
  }),
  getReferral: defineRoute({
    method: 'GET',
    path: `${REFERRALS}/:referralId`,
    operationId: 'getReferral',
    summary: 'Follow one of your referrals',
    tags: ['Referrals'],
    access: { partnerScope: 'referrals:read' },
    params: ReferralParams,
    response: { 200: Referral, ...problems(400, 401, 403, 404) },
  }),
  createFamilyReferral: defineRoute({
    method: 'POST',
    path: '/api/v1/families/:familyId/referrals',
    operationId: 'createFamilyReferral',
    summary: 'Refer members of a family to another organisation',
    description:
      'E.g. a mother and children to a crisis centre for accommodation. The receiving organisation gets the chosen members’ names, birth dates, gender, role and personal codes, and their contacts only when these are not confidential; nothing else of the case.',
    tags: ['Referrals'],
    access: 'authenticated',
    params: FamilyParams,
    body: CreateFamilyReferralBody,
    response: { 201: Referral, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
  }),
  listFamilyReferrals: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId/referrals',
    operationId: 'listFamilyReferrals',
    summary: 'List the referrals sent for a family',
    tags: ['Referrals'],
    access: 'authenticated',
    params: FamilyParams,
    response: { 200: Type.Object({ items: Type.Array(Referral) }), ...problems(400, 401, 404) },
  }),
} as const
