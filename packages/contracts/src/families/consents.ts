import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, problems, Timestamp, Uuid } from '../common.js'
import { defineRoute } from '../route.js'
import { ConsentPurposeSchema } from './case-reference.js'
import { StaffRef } from './family.js'

export const Consent = Type.Object(
  {
    id: Uuid,
    familyId: Uuid,
    personId: Uuid,
    personName: Type.String({ examples: ['Asta Petrauskienė'] }),
    purpose: ConsentPurposeSchema,
    given: Type.Boolean({ description: 'false: refused or withdrawn.' }),
    note: Type.Union([Type.String(), Type.Null()]),
    recordedBy: StaffRef,
    recordedAt: Timestamp,
  },
  { title: 'Consent', additionalProperties: false },
)
export type Consent = Static<typeof Consent>

export const RecordConsentBody = Type.Object(
  {
    purpose: ConsentPurposeSchema,
    given: Type.Boolean({ description: 'true to give consent, false to refuse or withdraw it.' }),
    note: Type.Optional(
      FreeText(2000, {
        description: 'E.g. who signed for a child, or how the withdrawal was made.',
        examples: ['Pasirašė mama už nepilnametį sūnų.'],
      }),
    ),
  },
  {
    additionalProperties: false,
    description: 'Appended to the history; earlier records are never changed.',
    examples: [{ purpose: 'share_with_municipality', given: true, note: 'Sutikimas pasirašytas raštu.' }],
  },
)

export const FamilyConsents = Type.Object(
  {
    familyId: Uuid,
    current: Type.Array(Consent, {
      description: 'The latest record per current member and purpose; a purpose never asked is absent.',
    }),
    history: Type.Array(Consent, { description: "Every record of this family's consents, newest first." }),
    maySendToPartners: Type.Boolean({
      description:
        'Whether data may go to the referring municipality: at least one adult member gave `share_with_municipality` and no current member withdrew it.',
    }),
  },
  { title: 'FamilyConsents', additionalProperties: false },
)

const FamilyParams = Type.Object({ familyId: Uuid }, { additionalProperties: false })
const MemberParams = Type.Object({ familyId: Uuid, memberId: Uuid }, { additionalProperties: false })
const tags = ['Consents'] as const

export const consentRoutes = {
  recordConsent: defineRoute({
    method: 'POST',
    path: '/api/v1/families/:familyId/members/:memberId/consents',
    operationId: 'recordConsent',
    summary: "Record a member's consent, refusal or withdrawal for a purpose",
    description: 'For those who manage the family. `memberId` is the `id` of a current member.',
    tags,
    access: 'authenticated',
    params: MemberParams,
    body: RecordConsentBody,
    response: { 201: Consent, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
  }),
  listConsents: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId/consents',
    operationId: 'listConsents',
    summary: "A family's consents: the current state and the history",
    tags,
    access: 'authenticated',
    params: FamilyParams,
    response: { 200: FamilyConsents, ...problems(400, 401, 404) },
  }),
} as const
