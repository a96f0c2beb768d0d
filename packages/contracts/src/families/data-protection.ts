import { Type } from 'typebox'
import { FacilityKindSchema } from '../accommodation/facilities.js'
import { StayStatusSchema } from '../accommodation/stays.js'
import { BODY_PROBLEMS, FreeText, problems, Timestamp, Uuid } from '../common.js'
import { defineRoute } from '../route.js'
import { ConsentPurposeSchema } from './case-reference.js'
import { LocalDate } from './family.js'
import { Contacts } from './members.js'
import { FamilyStatusSchema, GenderSchema, MemberRoleSchema } from './reference.js'

const ExportedStay = Type.Object(
  {
    stayId: Uuid,
    familyId: Uuid,
    status: StayStatusSchema,
    checkIn: LocalDate,
    checkOut: Type.String({
      format: 'date',
      description: 'The planned check-out, or the actual one once checked out.',
      examples: ['2026-12-10'],
    }),
    location: Type.Union(
      [
        Type.Object(
          {
            facilityName: Type.String({ examples: ['Krizinis apgyvendinimas'] }),
            facilityKind: FacilityKindSchema,
            roomName: Type.String({ examples: ['Kambarys 12'] }),
            bedLabel: Type.String({ examples: ['Lova 1'] }),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ],
      {
        description:
          "Where the person stayed, only for those who may know it (accommodation officers, coordinators, the family's responsible case manager); null for others, an admin too.",
      },
    ),
  },
  { additionalProperties: false },
)

export const PersonExport = Type.Object(
  {
    exportedAt: Timestamp,
    person: Type.Object({
      id: Uuid,
      givenName: Type.String(),
      familyName: Type.String(),
      birthDate: LocalDate,
      gender: GenderSchema,
      personalCode: Type.Union([Type.String(), Type.Null()]),
      contacts: Type.Union([Contacts, Type.Null()], {
        description:
          "Null when the contacts are confidential and withheld: they are shown only to the responsible case manager of one of the person's families, or to an admin who states a reason (`POST`).",
      }),
      contactsConfidential: Type.Boolean(),
      createdAt: Timestamp,
    }),
    memberships: Type.Array(
      Type.Object({
        familyId: Uuid,
        familyReferenceCode: Type.String(),
        familyStatus: FamilyStatusSchema,
        role: MemberRoleSchema,
        joinedAt: Timestamp,
        leftAt: Type.Union([Timestamp, Type.Null()]),
      }),
    ),
    consents: Type.Array(
      Type.Object({
        purpose: ConsentPurposeSchema,
        given: Type.Boolean(),
        note: Type.Union([Type.String(), Type.Null()]),
        recordedAt: Timestamp,
      }),
    ),
    conferencesAttended: Type.Array(Type.Object({ conferenceId: Uuid, familyId: Uuid, heldAt: Timestamp })),
    stays: Type.Array(ExportedStay, {
      description: 'Temporary accommodation stays, earliest first, cancelled ones too.',
    }),
    familyRecords: Type.Object(
      {
        assessments: Type.Integer(),
        goals: Type.Integer(),
        reviews: Type.Integer(),
        conferences: Type.Integer(),
        notes: Type.Integer(),
      },
      {
        description:
          "Counts of the records kept about the person's families. They also concern other people, so their text is released only after review.",
      },
    ),
  },
  { title: 'PersonExport', additionalProperties: false },
)

export const ExportWithContactsBody = Type.Object(
  {
    reason: FreeText(1000, {
      minLength: 10,
      description:
        'Why the confidential contacts must be in this export, in at least 10 characters of text; audited and listed for review.',
      examples: ['Asmuo raštu paprašė visų apie jį saugomų duomenų (prašymas Nr. 2026/14).'],
    }),
  },
  {
    additionalProperties: false,
    examples: [{ reason: 'Asmuo raštu paprašė visų apie jį saugomų duomenų (prašymas Nr. 2026/14).' }],
  },
)

export const AnonymiseFamiliesBody = Type.Object(
  {
    dryRun: Type.Boolean({ description: 'true: only count what would be anonymised.', examples: [true] }),
  },
  { additionalProperties: false },
)

export const AnonymisationResult = Type.Object(
  {
    dryRun: Type.Boolean(),
    closedBefore: LocalDate,
    families: Type.Integer(),
    persons: Type.Integer(),
    familyIds: Type.Array(Uuid),
  },
  { title: 'AnonymisationResult', additionalProperties: false },
)

const tags = ['Data protection'] as const
const PersonParams = Type.Object({ personId: Uuid }, { additionalProperties: false })

export const dataProtectionRoutes = {
  exportPerson: defineRoute({
    method: 'GET',
    path: '/api/v1/persons/:personId/export',
    operationId: 'exportPersonData',
    summary: 'Everything held about a person, for a subject access request',
    description:
      "A person of the caller's organisation. The export itself is audited. Confidential contacts are withheld (`contacts: null`) unless the caller is the responsible case manager of one of the person's current families; an admin who must include them states a reason with `POST`.",
    tags,
    access: ['coordinator', 'admin'],
    params: PersonParams,
    response: { 200: PersonExport, ...problems(400, 401, 403, 404) },
  }),
  exportPersonWithContacts: defineRoute({
    method: 'POST',
    path: '/api/v1/persons/:personId/export',
    operationId: 'exportPersonDataWithContacts',
    summary: "A subject access export with the person's confidential contacts, for a stated reason",
    description:
      'For an admin answering a subject access request that must include contacts hidden from everyone but the responsible case manager. The reason is audited and the disclosure is listed at `GET /api/v1/confidential-disclosures` for a coordinator or another admin to review. Contacts that are not confidential, or that the admin may read anyway, are exported without a disclosure. A reason shorter than 10 characters of text is a 400; a person of another organisation is a 404. The answer is never stored for an `Idempotency-Key` replay: a retry is another disclosure.',
    tags,
    access: ['admin'],
    params: PersonParams,
    body: ExportWithContactsBody,
    response: { 200: PersonExport, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
  }),
  anonymiseFamilies: defineRoute({
    method: 'POST',
    path: '/api/v1/families/anonymise',
    operationId: 'anonymiseClosedFamilies',
    summary: 'Anonymise families closed longer ago than the retention period',
    description:
      "Removes names, birth days, personal codes, contacts and every free text of the admin's organisation's families closed before the retention period; keeps what statistics need (dates, counts, birth year, gender, municipality, risk factors). Persons who are still members of another family are kept.",
    tags,
    access: ['admin'],
    body: AnonymiseFamiliesBody,
    response: { 200: AnonymisationResult, ...problems(...BODY_PROBLEMS, 401, 403) },
  }),
} as const
