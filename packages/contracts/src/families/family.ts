import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { defineRoute } from '../route.js'
import { NewMemberBody } from './members.js'
import {
  FamilyStatusSchema,
  RecipientGroupSchema,
  ReferralSourceSchema,
  RiskFactorSchema,
} from './reference.js'

export const LocalDate = Type.String({
  format: 'date',
  description: 'A calendar date (Europe/Vilnius).',
  examples: ['2026-11-26'],
})

const LongText = (maxLength: number, example: string) => FreeText(maxLength, { examples: [example] })

export const StaffRef = Type.Object(
  { id: Uuid, name: Type.String({ examples: ['Jurgita Petraitienė'] }) },
  { additionalProperties: false },
)

export const Family = Type.Object(
  {
    id: Uuid,
    referenceCode: Type.String({
      description: 'Human reference, unique: F-<year>-<number>.',
      examples: ['F-2026-0042'],
    }),
    status: FamilyStatusSchema,
    organisationId: Uuid,
    municipality: Type.String({ examples: ['Vilniaus miesto savivaldybė'] }),
    referralSource: ReferralSourceSchema,
    referredAt: LocalDate,
    violenceOrDangerReported: Type.Boolean({
      description: 'Reported by the child rights service: the first assessment is due sooner.',
    }),
    firstAssessmentDue: Type.Union([LocalDate, Type.Null()], {
      description: 'For a report from the child rights service: when the first assessment is due.',
    }),
    firstAssessmentOverdue: Type.Boolean(),
    riskFactors: Type.Array(RiskFactorSchema),
    recipientGroups: Type.Array(RecipientGroupSchema),
    caseManager: Type.Union([StaffRef, Type.Null()]),
    intakeBy: StaffRef,
    memberNames: Type.Array(Type.String(), { description: "Current members' names, for lists." }),
    openedAt: Timestamp,
    closedAt: Type.Union([Timestamp, Type.Null()]),
    closingReason: Type.Union([Type.String(), Type.Null()]),
    outcomeSummary: Type.Union([Type.String(), Type.Null()]),
    version: Type.Integer({ description: 'Also sent as the ETag; send it back in If-Match to update.' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { title: 'Family', additionalProperties: false },
)
export type Family = Static<typeof Family>

const RiskFactors = Type.Array(RiskFactorSchema, { uniqueItems: true, maxItems: 11 })
const RecipientGroups = Type.Array(RecipientGroupSchema, { uniqueItems: true, maxItems: 15 })

export const IntakeFamilyBody = Type.Object(
  {
    municipality: LongText(200, 'Vilniaus miesto savivaldybė'),
    municipalityOther: Type.Optional(
      Type.Boolean({
        description:
          '`true` when `municipality` is not one of Lithuania’s 60 municipalities (`MUNICIPALITIES`) but a free text; without it an unknown municipality answers 400.',
      }),
    ),
    referralSource: ReferralSourceSchema,
    referredAt: Type.Optional(LocalDate),
    violenceOrDangerReported: Type.Optional(Type.Boolean()),
    riskFactors: RiskFactors,
    recipientGroups: Type.Optional(RecipientGroups),
    caseManagerId: Type.Optional(Uuid),
    members: Type.Optional(Type.Array(NewMemberBody, { maxItems: 20 })),
  },
  {
    additionalProperties: false,
    examples: [
      {
        municipality: 'Vilniaus miesto savivaldybė',
        referralSource: 'child_rights_service',
        referredAt: '2026-11-20',
        violenceOrDangerReported: false,
        riskFactors: ['high_conflict_separation'],
        recipientGroups: ['families_in_crisis'],
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

export const UpdateFamilyBody = Type.Object(
  {
    municipality: Type.Optional(LongText(200, 'Kretingos rajono savivaldybė')),
    municipalityOther: Type.Optional(
      Type.Boolean({
        description:
          '`true` when `municipality` is not one of Lithuania’s 60 municipalities (`MUNICIPALITIES`) but a free text; without it an unknown municipality answers 400.',
      }),
    ),
    referralSource: Type.Optional(ReferralSourceSchema),
    referredAt: Type.Optional(LocalDate),
    violenceOrDangerReported: Type.Optional(Type.Boolean()),
    riskFactors: Type.Optional(RiskFactors),
    recipientGroups: Type.Optional(RecipientGroups),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    examples: [{ riskFactors: ['high_conflict_separation', 'mental_health'] }],
  },
)

export const ChangeFamilyStatusBody = Type.Object(
  {
    status: FamilyStatusSchema,
    reason: Type.Optional(LongText(2000, 'Tėvai sutiko dalyvauti atvejo vadyboje.')),
    closingReason: Type.Optional(LongText(500, 'Tikslai pasiekti')),
    outcomeSummary: Type.Optional(LongText(5000, 'Tėvai susitarė dėl bendravimo su vaikais tvarkos.')),
  },
  {
    additionalProperties: false,
    description: 'Closing needs `closingReason` and `outcomeSummary`; reopening needs `reason`.',
    examples: [{ status: 'active', reason: 'Pirminis vertinimas atliktas.' }],
  },
)

export const ListFamiliesQuery = Type.Object(
  {
    ...PageQuery,
    status: Type.Optional(FamilyStatusSchema),
    caseManagerId: Type.Optional(Uuid),
    municipality: Type.Optional(Type.String({ maxLength: 200 })),
    riskFactor: Type.Optional(RiskFactorSchema),
    openedFrom: Type.Optional(LocalDate),
    openedTo: Type.Optional(LocalDate),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: "A member's name or the reference code.",
        examples: ['Petraus'],
      }),
    ),
  },
  { additionalProperties: false },
)

export const FamilyList = Page(Family, 'FamilyList')
export const FamilyParams = Type.Object({ familyId: Uuid }, { additionalProperties: false })
export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({
      maxLength: 100,
      description: 'The ETag of the version you read; required.',
      examples: ['"3"'],
    }),
  ),
})

const tags = ['Families'] as const
const intakeRoles = ['intake', 'case_manager', 'coordinator', 'admin'] as const

export const familyRoutes = {
  intakeFamily: defineRoute({
    method: 'POST',
    path: '/api/v1/families',
    operationId: 'intakeFamily',
    summary: 'Take in a family',
    description: 'Creates the family in status `intake` with a new reference code, and its members if given.',
    tags,
    access: intakeRoles,
    body: IntakeFamilyBody,
    response: { 201: Family, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
  }),
  listFamilies: defineRoute({
    method: 'GET',
    path: '/api/v1/families',
    operationId: 'listFamilies',
    summary: 'List the families you may see',
    description: 'Newest first. Only the families the caller may see are listed.',
    tags,
    access: 'authenticated',
    querystring: ListFamiliesQuery,
    response: { 200: FamilyList, ...problems(400, 401) },
  }),
  getFamily: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId',
    operationId: 'getFamily',
    summary: 'Get a family',
    tags,
    access: 'authenticated',
    params: FamilyParams,
    response: { 200: Family, ...problems(400, 401, 404) },
  }),
  updateFamily: defineRoute({
    method: 'PATCH',
    path: '/api/v1/families/:familyId',
    operationId: 'updateFamily',
    summary: "Edit a family's referral and risk details",
    tags,
    access: 'authenticated',
    params: FamilyParams,
    headers: IfMatchHeaders,
    body: UpdateFamilyBody,
    response: { 200: Family, ...problems(...BODY_PROBLEMS, 401, 403, 404, 412, 428) },
  }),
  changeFamilyStatus: defineRoute({
    method: 'POST',
    path: '/api/v1/families/:familyId/status',
    operationId: 'changeFamilyStatus',
    problems: ['status-transition'],
    summary: "Move a family's case on: referred → intake → active → closed, or reopen",
    tags,
    access: 'authenticated',
    params: FamilyParams,
    headers: IfMatchHeaders,
    body: ChangeFamilyStatusBody,
    response: { 200: Family, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 412, 428) },
  }),
} as const
