import { Type } from 'typebox'
import { Page, PageQuery, problems, Timestamp, Uuid } from './common.js'
import { defineRoute } from './route.js'

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const

/** Whether an action reads a list: such entries are folded into one line per burst of a page view. */
export const isListRead = (action: string): boolean => action.endsWith('.list')

/** The pattern of a family reference code, as the intake hands them out: `F-2026-0001`. */
export const FAMILY_REFERENCE_PATTERN = '^F-\\d{4}-\\d{4,}$'

const SubjectLabel = Type.Union([Type.String(), Type.Null()], {
  description:
    "The subject in words, read now: a family's reference, a person's or user's name, a site's, room's or service's name; null when the entry has no subject of these kinds or it is not visible to the reader.",
  examples: ['F-2026-0001'],
})

/** A list read folded into the line of a newer one by the same actor. */
export const FoldedAuditEntry = Type.Object(
  {
    id: Uuid,
    at: Timestamp,
    action: Type.String({ examples: ['member.list'] }),
    entityType: Type.Union([Type.String(), Type.Null()]),
    entityId: Type.Union([Type.String(), Type.Null()]),
    subjectLabel: SubjectLabel,
    requestId: Type.Union([Type.String(), Type.Null()]),
    details: Type.Record(Type.String(), Type.Unknown()),
  },
  { title: 'FoldedAuditEntry', additionalProperties: false },
)

export const AuditEntry = Type.Object(
  {
    id: Uuid,
    at: Timestamp,
    actorId: Type.Union([Uuid, Type.Null()]),
    actorLabel: Type.Union([Type.String(), Type.Null()], {
      description: 'Who acted, as known at the time (e-mail, or the address tried for a failed sign-in).',
    }),
    actorName: Type.Union([Type.String(), Type.Null()], {
      description: "The actor's name as it is now; null when the actor is not a user the reader can see.",
      examples: ['Jurgita Petraitienė'],
    }),
    actorOrganisationId: Type.Union([Uuid, Type.Null()], {
      description: "The actor's organisation; null for a failed sign-in with an unknown address.",
    }),
    dataOrganisationId: Type.Union([Uuid, Type.Null()], {
      description:
        'The organisation that owns the data the entry is about: differs from the actor’s when partner staff read or changed a shared family.',
    }),
    action: Type.String({ examples: ['auth.login'] }),
    entityType: Type.Union([Type.String(), Type.Null()], { examples: ['user'] }),
    entityId: Type.Union([Type.String(), Type.Null()]),
    subjectLabel: SubjectLabel,
    outcome: Type.Enum([...AUDIT_OUTCOMES]),
    ip: Type.Union([Type.String(), Type.Null()], { examples: ['192.0.2.10'] }),
    requestId: Type.Union([Type.String(), Type.Null()]),
    details: Type.Record(Type.String(), Type.Unknown()),
    folded: Type.Array(FoldedAuditEntry, {
      description:
        'Older successful list reads by the same actor that came right before this one in the log, each at most 10 seconds before the next, newest first: one page view’s lists on one line. Every entry is kept whole in the log and listed here.',
    }),
  },
  { title: 'AuditEntry', additionalProperties: false },
)

export const ListAuditQuery = Type.Object(
  {
    ...PageQuery,
    actorId: Type.Optional(Uuid),
    familyId: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          'Entries about the family: about it, about its records (`details.familyId`) and list reads that showed it (`details.families`). Answers 404 when no such family is known.',
      }),
    ),
    familyReference: Type.Optional(
      Type.String({
        pattern: FAMILY_REFERENCE_PATTERN,
        maxLength: 20,
        description: 'The family by its reference code; answers 404 when no such family is known.',
        examples: ['F-2026-0001'],
      }),
    ),
    action: Type.Optional(
      Type.String({
        maxLength: 100,
        description: 'Exact action, or a prefix ending in `.`.',
        examples: ['auth.'],
      }),
    ),
    entityType: Type.Optional(Type.String({ maxLength: 50, examples: ['user'] })),
    entityId: Type.Optional(Type.String({ maxLength: 100 })),
    outcome: Type.Optional(Type.Enum([...AUDIT_OUTCOMES])),
    from: Type.Optional(Timestamp),
    to: Type.Optional(Timestamp),
  },
  { additionalProperties: false },
)

export const AuditList = Page(AuditEntry, 'AuditList')

/** Someone who acted in the entries an admin may see: the organisation's staff, or a partner's. */
export const AuditActor = Type.Object(
  {
    id: Uuid,
    name: Type.String({ examples: ['Rasa Jankauskienė'] }),
    organisationId: Uuid,
    organisationName: Type.String({ examples: ['Kretingos moterų informacijos ir mokymo centras'] }),
  },
  { title: 'AuditActor', additionalProperties: false },
)

export const ListAuditActorsQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 100,
        description: 'Part of the name, in any letter case.',
        examples: ['jank'],
      }),
    ),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 50, default: 20, description: 'How many (1–50).', examples: [20] }),
    ),
  },
  { additionalProperties: false },
)

export const AuditActorList = Type.Object(
  { items: Type.Array(AuditActor) },
  {
    title: 'AuditActorList',
    examples: [
      {
        items: [
          {
            id: '0b9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
            name: 'Rasa Jankauskienė',
            organisationId: '2c9f4e4c-8a53-4d5e-9d43-3f1f4b1c2a10',
            organisationName: 'Kretingos moterų informacijos ir mokymo centras',
          },
        ],
      },
    ],
  },
)

export const auditRoutes = {
  listAudit: defineRoute({
    method: 'GET',
    path: '/api/v1/audit',
    operationId: 'listAuditEntries',
    summary: 'Search the audit log',
    description:
      "Newest first. Covers every entry by staff of the admin's organisation and every entry about its data, whoever the actor was (partner organisations' staff included). Each entry names its actor and subject in words; consecutive list reads of one actor are folded into one line (`folded`). Failed sign-ins with unknown addresses belong to no organisation: only the deployment's operators see them, in the database and the server log.",
    tags: ['Audit'],
    access: ['admin'],
    querystring: ListAuditQuery,
    response: { 200: AuditList, ...problems(400, 401, 403, 404) },
  }),
  listAuditActors: defineRoute({
    method: 'GET',
    path: '/api/v1/audit/actors',
    operationId: 'listAuditActors',
    summary: 'Find people who acted in the audit log',
    description:
      "For the audit search's person filter: staff of the admin's organisation and of partner organisations who acted in entries the admin may see (the same entries as `GET /api/v1/audit`), with their organisation. The organisation's own staff come first, then by name.",
    tags: ['Audit'],
    access: ['admin'],
    querystring: ListAuditActorsQuery,
    response: { 200: AuditActorList, ...problems(400, 401, 403) },
  }),
} as const
