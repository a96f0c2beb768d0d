import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, problems, Timestamp, Uuid } from '../common.js'
import { IfMatchHeaders, LocalDate, StaffRef } from '../families/family.js'
import { defineRoute } from '../route.js'

export const CERTIFICATION_LEVELS = ['trainee', 'accredited', 'supervisor', 'trainer'] as const
export type CertificationLevel = (typeof CERTIFICATION_LEVELS)[number]
export const CertificationLevelSchema = Type.Enum([...CERTIFICATION_LEVELS], {
  description:
    'A trainee delivers only under a named supervisor; accredited practitioners deliver on their own; supervisors also supervise trainees; trainers also train.',
  examples: ['accredited'],
})
/** The levels that may supervise a trainee. */
export const SUPERVISING_LEVELS = ['supervisor', 'trainer'] as const satisfies readonly CertificationLevel[]

/** Who records, changes and revokes certifications, and reads everyone's. */
export const CERTIFICATION_MANAGERS = ['admin', 'coordinator'] as const

const Version = Type.Integer({ description: 'Also sent as the ETag; send it back in If-Match to change it.' })
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description })

const ValidUntil = Type.String({
  format: 'date',
  description: 'The last day the certification is valid (Europe/Vilnius); not before `certifiedOn`.',
  examples: ['2029-11-25'],
})
const Evidence = FreeText(1000, {
  description: 'What proves it, such as a certificate number.',
  examples: ['Sertifikatas Nr. NKM-2026-014'],
})
const Reason = FreeText(1000, { examples: ['Sertifikatas išduotas per klaidą.'] })

export const Certification = Type.Object(
  {
    id: Uuid,
    staff: StaffRef,
    methodology: Type.Object(
      { id: Uuid, name: Type.String({ examples: ['No Kids in the Middle'] }) },
      { additionalProperties: false },
    ),
    level: CertificationLevelSchema,
    certifiedOn: LocalDate,
    validUntil: ValidUntil,
    evidence: Nullable(Type.String({ examples: ['Sertifikatas Nr. NKM-2026-014'] }), 'What proves it.'),
    supervisor: Nullable(StaffRef, "A trainee's supervisor; null for the other levels."),
    revokedAt: Nullable(Timestamp, 'When it was revoked; a revoked certification counts for nothing.'),
    revocationReason: Nullable(Type.String(), 'Why it was revoked.'),
    version: Version,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { title: 'Certification', additionalProperties: false },
)
export type Certification = Static<typeof Certification>

export const CreateCertificationBody = Type.Object(
  {
    userId: Uuid,
    methodologyId: Uuid,
    level: CertificationLevelSchema,
    certifiedOn: LocalDate,
    validUntil: Type.Optional(
      Type.String({
        format: 'date',
        description:
          "The last day it is valid, not before `certifiedOn`; by default the day before `certifiedOn` plus the methodology's validity in months.",
        examples: ['2029-11-25'],
      }),
    ),
    evidence: Type.Optional(Evidence),
    supervisorId: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          'Required for a trainee, refused for the other levels: a staff member certified as supervisor or trainer in the same methodology on `certifiedOn`.',
        examples: ['0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'],
      }),
    ),
  },
  {
    additionalProperties: false,
    examples: [
      {
        userId: '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
        methodologyId: '5b0f3c1e-2f4a-4d8e-9a51-7c3e2b1d0f42',
        level: 'accredited',
        certifiedOn: '2026-11-26',
        evidence: 'Sertifikatas Nr. NKM-2026-014',
      },
    ],
  },
)

export const UpdateCertificationBody = Type.Object(
  {
    certifiedOn: Type.Optional(LocalDate),
    validUntil: Type.Optional(ValidUntil),
    evidence: Type.Optional(Nullable(Evidence, 'null removes it.')),
    supervisorId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: "A trainee's new supervisor, under the same rule as when recording it.",
        examples: ['0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10'],
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ validUntil: '2030-11-25' }] },
)

export const RevokeCertificationBody = Type.Object(
  { reason: Reason },
  { additionalProperties: false, examples: [{ reason: 'Sertifikatas išduotas per klaidą.' }] },
)

export const ListCertificationsQuery = Type.Object(
  {
    userId: Type.Optional(Uuid),
    methodologyId: Type.Optional(Uuid),
    level: Type.Optional(CertificationLevelSchema),
    includeRevoked: Type.Optional(Type.Boolean({ description: 'Also revoked ones (left out by default).' })),
  },
  { additionalProperties: false },
)
export const ExpiringCertificationsQuery = Type.Object(
  {
    days: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 365,
        description: 'How many days ahead to look, from today; 90 unless given.',
        examples: [90],
      }),
    ),
  },
  { additionalProperties: false },
)
export const CertificationList = Type.Object(
  { items: Type.Array(Certification) },
  { title: 'CertificationList', additionalProperties: false },
)
export const CertificationParams = Type.Object({ certificationId: Uuid }, { additionalProperties: false })

export const CERTIFICATIONS = '/api/v1/certifications'
const tags = ['Certifications'] as const

export const certificationRoutes = {
  listCertifications: defineRoute({
    method: 'GET',
    path: CERTIFICATIONS,
    operationId: 'listCertifications',
    summary: "List the organisation's certifications",
    description:
      'For coordinators and admins, filtered by staff member, methodology or level; by staff name, methodology and newest first.',
    tags,
    access: CERTIFICATION_MANAGERS,
    querystring: ListCertificationsQuery,
    response: { 200: CertificationList, ...problems(400, 401, 403) },
  }),
  listMyCertifications: defineRoute({
    method: 'GET',
    path: `${CERTIFICATIONS}/mine`,
    operationId: 'listMyCertifications',
    summary: "The caller's own certifications",
    description: 'Every staff member reads their own, revoked ones too; by methodology and newest first.',
    tags,
    access: 'authenticated',
    response: { 200: CertificationList, ...problems(401) },
  }),
  listExpiringCertifications: defineRoute({
    method: 'GET',
    path: `${CERTIFICATIONS}/expiring`,
    operationId: 'listExpiringCertifications',
    summary: 'Certifications that lapse in the next days and are not yet renewed',
    description:
      'Those whose last valid day is from today to `days` ahead (90 by default, at most 365), left out when a later certification of the same staff member, methodology and level already follows on; soonest first.',
    tags,
    access: CERTIFICATION_MANAGERS,
    querystring: ExpiringCertificationsQuery,
    response: { 200: CertificationList, ...problems(400, 401, 403) },
  }),
  getCertification: defineRoute({
    method: 'GET',
    path: `${CERTIFICATIONS}/:certificationId`,
    operationId: 'getCertification',
    summary: 'Get a certification',
    description:
      'Coordinators and admins read any of the organisation; other staff only their own (404 otherwise).',
    tags,
    access: 'authenticated',
    params: CertificationParams,
    response: { 200: Certification, ...problems(400, 401, 404) },
  }),
  createCertification: defineRoute({
    method: 'POST',
    path: CERTIFICATIONS,
    operationId: 'createCertification',
    problems: ['certification-overlaps', 'supervisor-not-certified', 'invalid-transition'],
    summary: 'Record that a staff member is certified in a methodology',
    description:
      'An unknown staff member or methodology is 404. A staff member holds one certification of a methodology and level at a time: one overlapping it is 409 `certification-overlaps`. A trainee needs a supervisor certified as supervisor or trainer in the methodology on `certifiedOn` (422 `supervisor-not-certified`). A retired methodology takes none (409 `invalid-transition`).',
    tags,
    access: CERTIFICATION_MANAGERS,
    body: CreateCertificationBody,
    response: { 201: Certification, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 422) },
  }),
  updateCertification: defineRoute({
    method: 'PATCH',
    path: `${CERTIFICATIONS}/:certificationId`,
    operationId: 'updateCertification',
    problems: ['certification-overlaps', 'supervisor-not-certified', 'invalid-transition'],
    summary: "Correct a certification's dates, evidence or supervisor",
    description:
      'Under the same rules as recording one; a revoked certification cannot be changed (409 `invalid-transition`).',
    tags,
    access: CERTIFICATION_MANAGERS,
    params: CertificationParams,
    headers: IfMatchHeaders,
    body: UpdateCertificationBody,
    response: { 200: Certification, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 412, 422, 428) },
  }),
  revokeCertification: defineRoute({
    method: 'POST',
    path: `${CERTIFICATIONS}/:certificationId/revoke`,
    operationId: 'revokeCertification',
    problems: ['invalid-transition'],
    summary: 'Revoke a certification',
    description:
      'It then counts for nothing, from its first day; revoking one twice is 409 `invalid-transition`.',
    tags,
    access: CERTIFICATION_MANAGERS,
    params: CertificationParams,
    headers: IfMatchHeaders,
    body: RevokeCertificationBody,
    response: { 200: Certification, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409, 412, 428) },
  }),
} as const
