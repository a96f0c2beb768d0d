import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, problems, Timestamp, Uuid } from '../common.js'
import { defineRoute } from '../route.js'
import { PARTNER_SCOPES } from './scopes.js'

const Scope = Type.Enum([...PARTNER_SCOPES], { examples: ['referrals:write'] })

const Scopes = Type.Array(Scope, {
  minItems: 1,
  maxItems: PARTNER_SCOPES.length,
  uniqueItems: true,
  description:
    'What the client may do: `referrals:write`, `referrals:read`, `statistics:read`, `webhooks:manage`.',
  examples: [['referrals:write', 'referrals:read', 'webhooks:manage']],
})

export const API_CLIENT_STATUSES = ['active', 'revoked'] as const

export const ApiClientSecretInfo = Type.Object(
  {
    id: Uuid,
    hint: Type.String({
      description: 'The secret’s last four characters, to tell secrets apart.',
      examples: ['x9Qa'],
    }),
    createdAt: Timestamp,
    expiresAt: Type.Union([Timestamp, Type.Null()], {
      description: 'When a rotated-out secret stops working; null for the current secret.',
    }),
  },
  { additionalProperties: false },
)

export const ApiClient = Type.Object(
  {
    id: Uuid,
    clientId: Type.String({
      description: 'What the client sends as `client_id` to `POST /api/v1/auth/token`.',
      examples: ['osc_4f3a9c1e2b7d4e8f'],
    }),
    name: Type.String({ examples: ['Vilniaus miesto VTAS integracija'] }),
    partnerOrganisation: Type.Object(
      { id: Uuid, name: Type.String({ examples: ['Vilniaus miesto savivaldybė'] }) },
      { additionalProperties: false },
    ),
    scopes: Scopes,
    status: Type.Enum([...API_CLIENT_STATUSES], { examples: ['active'] }),
    secrets: Type.Array(ApiClientSecretInfo, {
      description:
        'Secrets that still work: the current one and, during a rotation’s overlap, the previous one.',
    }),
    createdAt: Timestamp,
    revokedAt: Type.Union([Timestamp, Type.Null()]),
    lastTokenAt: Type.Union([Timestamp, Type.Null()], { description: 'When it last obtained a token.' }),
    version: Type.Integer({ minimum: 1, examples: [1] }),
  },
  { title: 'ApiClient', additionalProperties: false },
)
export type ApiClient = Static<typeof ApiClient>

export const ApiClientWithSecret = Type.Object(
  {
    client: ApiClient,
    clientSecret: Type.String({
      description: 'Shown this once and stored only as a hash: hand it to the partner’s developer now.',
      examples: ['oss_Jq0v6mJ1cE9pWm0yQ2h3bXk1c2x1d2V5Zk1hQ0d3dA'],
    }),
  },
  { title: 'ApiClientWithSecret', additionalProperties: false },
)
export type ApiClientWithSecret = Static<typeof ApiClientWithSecret>

export const PartnerMunicipality = Type.Object(
  {
    id: Uuid,
    name: Type.String({ examples: ['Vilniaus miesto savivaldybė'] }),
    municipality: Type.String({ examples: ['Vilniaus miesto savivaldybė'] }),
    partnershipLive: Type.Boolean({
      description: 'Whether a partnership with the caller’s organisation is live: clients work only then.',
    }),
    clients: Type.Array(ApiClient),
  },
  { title: 'PartnerMunicipality', additionalProperties: false },
)
export type PartnerMunicipality = Static<typeof PartnerMunicipality>

export const CreateApiClientBody = Type.Object(
  {
    name: FreeText(200, { minLength: 3, examples: ['Vilniaus miesto VTAS integracija'] }),
    scopes: Scopes,
  },
  { additionalProperties: false },
)

export const RotateApiClientSecretBody = Type.Object(
  {
    overlapHours: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 720,
        default: 24,
        description:
          'How long the previous secret keeps working beside the new one (0: stops at once), so the partner can deploy the new secret without downtime.',
        examples: [24],
      }),
    ),
  },
  { additionalProperties: false },
)

const PartnerParams = Type.Object({ partnerId: Uuid }, { additionalProperties: false })
const ClientParams = Type.Object({ partnerId: Uuid, apiClientId: Uuid }, { additionalProperties: false })

const ADMINS = ['admin'] as const

export const apiClientRoutes = {
  listPartnerMunicipalities: defineRoute({
    method: 'GET',
    path: '/api/v1/partners',
    operationId: 'listPartnerMunicipalities',
    summary: 'List partner municipalities and their API clients',
    description:
      'Municipalities with a partnership with the caller’s organisation (live or not), each with the API clients the organisation issued to it.',
    tags: ['Partners'],
    access: ADMINS,
    response: { 200: Type.Object({ items: Type.Array(PartnerMunicipality) }), ...problems(401, 403) },
  }),
  createApiClient: defineRoute({
    method: 'POST',
    path: '/api/v1/partners/:partnerId/clients',
    operationId: 'createApiClient',
    summary: 'Issue an API client to a partner municipality',
    description:
      'The answer carries the client secret once; only its hash is kept. The municipality needs a live partnership with the caller’s organisation.',
    tags: ['Partners'],
    access: ADMINS,
    params: PartnerParams,
    body: CreateApiClientBody,
    response: { 201: ApiClientWithSecret, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
    problems: ['partnership-not-live'],
  }),
  getApiClient: defineRoute({
    method: 'GET',
    path: '/api/v1/partners/:partnerId/clients/:apiClientId',
    operationId: 'getApiClient',
    summary: 'Read an API client',
    tags: ['Partners'],
    access: ADMINS,
    params: ClientParams,
    response: { 200: ApiClient, ...problems(400, 401, 403, 404) },
  }),
  rotateApiClientSecret: defineRoute({
    method: 'POST',
    path: '/api/v1/partners/:partnerId/clients/:apiClientId/secret',
    operationId: 'rotateApiClientSecret',
    summary: 'Rotate an API client’s secret',
    description:
      'Issues a new secret (shown once) and lets the previous one work for `overlapHours` more; a secret older than that stops at once.',
    tags: ['Partners'],
    access: ADMINS,
    params: ClientParams,
    body: RotateApiClientSecretBody,
    response: { 200: ApiClientWithSecret, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
    problems: ['api-client-revoked'],
  }),
  revokeApiClient: defineRoute({
    method: 'POST',
    path: '/api/v1/partners/:partnerId/clients/:apiClientId/revoke',
    operationId: 'revokeApiClient',
    summary: 'Revoke an API client',
    description: 'Takes effect at once: its secrets and every token it holds stop working.',
    tags: ['Partners'],
    access: ADMINS,
    params: ClientParams,
    response: { 200: ApiClient, ...problems(400, 401, 403, 404, 409) },
    problems: ['api-client-revoked'],
  }),
} as const
