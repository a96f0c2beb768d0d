import { Type } from 'typebox'
import { Page, PageQuery, problems, Timestamp, Uuid } from './common.js'
import { defineRoute } from './route.js'

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const

export const AuditEntry = Type.Object(
  {
    id: Uuid,
    at: Timestamp,
    actorId: Type.Union([Uuid, Type.Null()]),
    actorLabel: Type.Union([Type.String(), Type.Null()], {
      description: 'Who acted, as known at the time (e-mail, or the address tried for a failed sign-in).',
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
    outcome: Type.Enum([...AUDIT_OUTCOMES]),
    ip: Type.Union([Type.String(), Type.Null()], { examples: ['192.0.2.10'] }),
    requestId: Type.Union([Type.String(), Type.Null()]),
    details: Type.Record(Type.String(), Type.Unknown()),
  },
  { title: 'AuditEntry', additionalProperties: false },
)

export const ListAuditQuery = Type.Object(
  {
    ...PageQuery,
    actorId: Type.Optional(Uuid),
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

export const auditRoutes = {
  listAudit: defineRoute({
    method: 'GET',
    path: '/api/v1/audit',
    operationId: 'listAuditEntries',
    summary: 'Search the audit log',
    description:
      "Newest first. Covers every entry by staff of the admin's organisation and every entry about its data, whoever the actor was (partner organisations' staff included). Failed sign-ins with unknown addresses belong to no organisation: only the deployment's operators see them, in the database and the server log.",
    tags: ['Audit'],
    access: ['admin'],
    querystring: ListAuditQuery,
    response: { 200: AuditList, ...problems(400, 401, 403) },
  }),
} as const
