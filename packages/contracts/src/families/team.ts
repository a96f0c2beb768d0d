import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { defineRoute } from '../route.js'
import { ProfessionSchema, RoleSchema } from '../staff.js'

export const TeamMember = Type.Object(
  {
    userId: Uuid,
    name: Type.String({ examples: ['Mindaugas Kazlauskas'] }),
    roles: Type.Array(RoleSchema),
    professions: Type.Array(ProfessionSchema),
    organisationName: Type.String(),
    responsible: Type.Boolean({ description: 'The responsible case manager.' }),
    addedAt: Timestamp,
  },
  { title: 'TeamMember', additionalProperties: false },
)
export type TeamMember = Static<typeof TeamMember>

export const CaseTeam = Type.Object({ items: Type.Array(TeamMember) }, { title: 'CaseTeam' })

export const AddTeamMemberBody = Type.Object({ userId: Uuid }, { additionalProperties: false })
export const AssignCaseManagerBody = Type.Object(
  { userId: Uuid },
  { additionalProperties: false, description: 'A user with the case_manager role.' },
)

export const BreakGlassBody = Type.Object(
  {
    reason: FreeText(1000, {
      minLength: 10,
      description:
        'Why you must open this family now, in at least 10 characters of text; coordinators review it.',
      examples: ['Vaikas atvyko į krizių centrą naktį, atvejo vadybininkės nėra.'],
    }),
  },
  { additionalProperties: false },
)

export const BreakGlassGrant = Type.Object(
  {
    id: Uuid,
    familyId: Uuid,
    familyReferenceCode: Type.String(),
    userId: Uuid,
    userName: Type.String(),
    reason: Type.String(),
    grantedAt: Timestamp,
    expiresAt: Timestamp,
    reviewedAt: Type.Union([Timestamp, Type.Null()]),
    reviewedBy: Type.Union([Type.String(), Type.Null()]),
    reviewNote: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'BreakGlassGrant', additionalProperties: false },
)

export const ListBreakGlassQuery = Type.Object(
  {
    ...PageQuery,
    reviewed: Type.Optional(Type.Boolean({ description: 'false: only those awaiting review.' })),
  },
  { additionalProperties: false },
)

export const ReviewBreakGlassBody = Type.Object(
  {
    note: FreeText(2000, { examples: ['Pagrįsta: naktinis krizinis atvejis.'] }),
  },
  { additionalProperties: false },
)

const FamilyParams = Type.Object({ familyId: Uuid }, { additionalProperties: false })

export const OutsideRead = Type.Object(
  {
    at: Timestamp,
    actorId: Type.Union([Uuid, Type.Null()]),
    actorName: Type.Union([Type.String(), Type.Null()], { examples: ['Laura Bielskienė'] }),
    organisationName: Type.Union([Type.String(), Type.Null()], {
      examples: ['Kretingos moterų informacijos ir mokymo centras'],
    }),
    action: Type.String({ examples: ['family.read'] }),
    via: Type.Enum(['partner', 'break_glass'], {
      description: '`partner`: staff of a partner organisation; `break_glass`: emergency access.',
    }),
  },
  { title: 'OutsideRead', additionalProperties: false },
)
export const OutsideReads = Type.Object(
  { items: Type.Array(OutsideRead) },
  { title: 'OutsideReads', additionalProperties: false },
)
export type OutsideReads = Static<typeof OutsideReads>
const TeamMemberParams = Type.Object({ familyId: Uuid, userId: Uuid }, { additionalProperties: false })
const tags = ['Case team'] as const

export const teamRoutes = {
  getCaseTeam: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId/team',
    operationId: 'getCaseTeam',
    summary: "A family's case team",
    tags,
    access: 'authenticated',
    params: FamilyParams,
    response: { 200: CaseTeam, ...problems(400, 401, 404) },
  }),
  listOutsideReads: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId/outside-reads',
    operationId: 'listFamilyOutsideReads',
    summary: "Who from outside the family's own organisation or team read it",
    description:
      "For the coordinators and admins of the family's organisation: the latest 100 reads and writes by partner organisations' staff and under break-glass, newest first, from the audit log.",
    tags,
    access: ['coordinator', 'admin'],
    params: FamilyParams,
    response: { 200: OutsideReads, ...problems(400, 401, 403, 404) },
  }),
  addTeamMember: defineRoute({
    method: 'POST',
    path: '/api/v1/families/:familyId/team',
    operationId: 'addCaseTeamMember',
    problems: ['partnership-required', 'partner-consent-required'],
    summary: 'Add a staff member to the case team',
    description:
      "Staff of another organisation may be added: that is how a family is shared with a partner. It needs a live partnership from the family's organisation to theirs (`409 partnership-required`; 404 when no partnership makes their staff known at all) and the family's consent `share_with_partners` (`409 partner-consent-required`). Partner staff read and write notes but never see personal codes or confidential contacts and never manage the family.",
    tags,
    access: ['case_manager', 'coordinator', 'admin'],
    params: FamilyParams,
    body: AddTeamMemberBody,
    response: { 201: CaseTeam, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  removeTeamMember: defineRoute({
    method: 'DELETE',
    path: '/api/v1/families/:familyId/team/:userId',
    operationId: 'removeCaseTeamMember',
    problems: ['responsible-case-manager'],
    summary: 'Take a staff member off the case team',
    tags,
    access: ['case_manager', 'coordinator', 'admin'],
    params: TeamMemberParams,
    response: { 200: CaseTeam, ...problems(400, 401, 403, 404, 409) },
  }),
  assignCaseManager: defineRoute({
    method: 'PUT',
    path: '/api/v1/families/:familyId/case-manager',
    operationId: 'assignCaseManager',
    problems: ['handover-required', 'partnership-required', 'partner-consent-required'],
    summary: 'Make a case manager responsible for the family',
    description:
      "The responsible case manager reads the family's confidential contacts, so the role is given, never taken: a coordinator or admin assigns it, the current responsible case manager hands it over, and intake staff name the first case manager of a family they took in. Anyone else, including a case manager naming themselves, gets 403 `/problems/handover-required`. Audited with the previous and the new case manager.",
    tags,
    access: ['intake', 'case_manager', 'coordinator', 'admin'],
    params: FamilyParams,
    body: AssignCaseManagerBody,
    response: { 200: CaseTeam, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  breakGlass: defineRoute({
    method: 'POST',
    path: '/api/v1/families/:familyId/break-glass',
    operationId: 'breakGlass',
    summary: 'Emergency access to a family you are not on the team of',
    description:
      'Grants time-limited access to a family of your own organisation. The grant is flagged in the audit log and listed for coordinators to review. Answers 404 for a family that does not exist in your organisation.',
    tags,
    access: ['case_manager', 'specialist', 'intake', 'accommodation_officer', 'coordinator'],
    params: FamilyParams,
    body: BreakGlassBody,
    response: { 201: BreakGlassGrant, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
  }),
  listBreakGlass: defineRoute({
    method: 'GET',
    path: '/api/v1/break-glass',
    operationId: 'listBreakGlassGrants',
    summary: 'Emergency accesses, for review',
    tags,
    access: ['coordinator', 'admin'],
    querystring: ListBreakGlassQuery,
    response: { 200: Page(BreakGlassGrant, 'BreakGlassGrantList'), ...problems(400, 401, 403) },
  }),
  reviewBreakGlass: defineRoute({
    method: 'POST',
    path: '/api/v1/break-glass/:grantId/review',
    operationId: 'reviewBreakGlassGrant',
    problems: ['already-reviewed'],
    summary: 'Record the review of an emergency access',
    tags,
    access: ['coordinator', 'admin'],
    params: Type.Object({ grantId: Uuid }, { additionalProperties: false }),
    body: ReviewBreakGlassBody,
    response: { 200: BreakGlassGrant, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
} as const
