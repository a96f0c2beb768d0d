import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, Email, FreeText, problems, Timestamp, Uuid } from '../common.js'
import { defineRoute } from '../route.js'
import { GenderSchema, MemberRoleSchema } from './reference.js'

const Name = (example: string) => FreeText(100, { examples: [example] })
const BirthDate = Type.String({ format: 'date', description: 'Not in the future.', examples: ['2016-09-03'] })

export const PersonalCode = Type.String({
  pattern: '^[0-9]{11}$',
  description:
    'Lithuanian personal code: 11 digits, century-and-gender digit, the birth date, and the check digit. Must agree with `birthDate`. Stored encrypted; shown only to the case team.',
  examples: ['38801011234'],
})

export const Contacts = Type.Object(
  {
    phone: Type.Optional(
      Type.String({ maxLength: 40, pattern: '^[0-9+()\\- ]{5,40}$', examples: ['+370 612 34567'] }),
    ),
    email: Type.Optional(Email),
    address: Type.Optional(Type.String({ maxLength: 300, examples: ['Nadruvos g. 13, Vilnius'] })),
  },
  { additionalProperties: false },
)

export const NewMemberBody = Type.Object(
  {
    givenName: Name('Asta'),
    familyName: Name('Petrauskienė'),
    birthDate: BirthDate,
    gender: GenderSchema,
    role: MemberRoleSchema,
    personalCode: Type.Optional(PersonalCode),
    contacts: Type.Optional(Contacts),
    contactsConfidential: Type.Optional(
      Type.Boolean({
        description:
          'Hide contacts and address from everyone but the responsible case manager (e.g. a parent hiding from a violent partner).',
      }),
    ),
  },
  {
    additionalProperties: false,
    examples: [
      { givenName: 'Jonas', familyName: 'Petrauskas', birthDate: '2016-09-03', gender: 'man', role: 'child' },
    ],
  },
)

export const UpdateMemberBody = Type.Object(
  {
    givenName: Type.Optional(Name('Asta')),
    familyName: Type.Optional(Name('Jankauskienė')),
    birthDate: Type.Optional(BirthDate),
    gender: Type.Optional(GenderSchema),
    role: Type.Optional(MemberRoleSchema),
    personalCode: Type.Optional(Type.Union([PersonalCode, Type.Null()])),
    contacts: Type.Optional(Contacts),
    contactsConfidential: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ familyName: 'Jankauskienė' }] },
)

export const Member = Type.Object(
  {
    id: Uuid,
    personId: Uuid,
    familyId: Uuid,
    givenName: Type.String(),
    familyName: Type.String(),
    birthDate: BirthDate,
    ageYears: Type.Integer({ description: 'Age today, in whole years.' }),
    gender: GenderSchema,
    role: MemberRoleSchema,
    personalCode: Type.Union([Type.String(), Type.Null()], {
      description: 'Shown to the case team only; null otherwise or when not recorded.',
    }),
    hasPersonalCode: Type.Boolean(),
    contacts: Type.Union([Contacts, Type.Null()], {
      description:
        'Null when the contacts are confidential and the caller is not the responsible case manager.',
    }),
    contactsConfidential: Type.Boolean(),
    joinedAt: Timestamp,
  },
  { title: 'Member', additionalProperties: false },
)
export type Member = Static<typeof Member>

export const MoveMemberBody = Type.Object(
  {
    toFamilyId: Uuid,
    role: Type.Optional(MemberRoleSchema),
  },
  { additionalProperties: false },
)

const MemberParams = Type.Object({ familyId: Uuid, memberId: Uuid }, { additionalProperties: false })
const FamilyParams = Type.Object({ familyId: Uuid }, { additionalProperties: false })
const tags = ['Family members'] as const

export const memberRoutes = {
  listMembers: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId/members',
    operationId: 'listFamilyMembers',
    summary: "List a family's current members",
    tags,
    access: 'authenticated',
    params: FamilyParams,
    response: {
      200: Type.Object({ items: Type.Array(Member) }, { title: 'MemberList' }),
      ...problems(400, 401, 404),
    },
  }),
  addMember: defineRoute({
    method: 'POST',
    path: '/api/v1/families/:familyId/members',
    operationId: 'addFamilyMember',
    summary: 'Add a member to a family',
    tags,
    access: 'authenticated',
    params: FamilyParams,
    body: NewMemberBody,
    response: { 201: Member, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  getMember: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId/members/:memberId',
    operationId: 'getFamilyMember',
    summary: 'Get a family member',
    tags,
    access: 'authenticated',
    params: MemberParams,
    response: { 200: Member, ...problems(400, 401, 404) },
  }),
  updateMember: defineRoute({
    method: 'PATCH',
    path: '/api/v1/families/:familyId/members/:memberId',
    operationId: 'updateFamilyMember',
    problems: ['confidential-contacts'],
    summary: 'Edit a family member',
    description:
      "Confidential contacts are changed, or made visible, only by the family's responsible case manager: anyone else who sends `contacts` or `contactsConfidential: false` for them gets 409 `/problems/confidential-contacts` and nothing changes. Anyone who manages the family may make contacts confidential.",
    tags,
    access: 'authenticated',
    params: MemberParams,
    body: UpdateMemberBody,
    response: { 200: Member, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  moveMember: defineRoute({
    method: 'POST',
    path: '/api/v1/families/:familyId/members/:memberId/move',
    operationId: 'moveFamilyMember',
    problems: ['same-family', 'referral-required', 'moved'],
    summary: 'Move a person to another family, keeping their history',
    description:
      "Within the family's organisation only: a family of another organisation is 409 `/problems/referral-required` (a referral is the way), or 404 when the caller may not see it. The answer shows the member as the caller could see them in the family they left, so confidential contacts only to that family's responsible case manager.",
    tags,
    access: 'authenticated',
    params: MemberParams,
    body: MoveMemberBody,
    response: { 200: Member, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
} as const
