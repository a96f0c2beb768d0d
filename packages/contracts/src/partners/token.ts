import { type Static, Type } from 'typebox'
import { problems } from '../common.js'
import { defineRoute } from '../route.js'

export const ClientCredentialsBody = Type.Object(
  {
    grant_type: Type.String({
      maxLength: 100,
      description: 'Always `client_credentials`.',
      examples: ['client_credentials'],
    }),
    client_id: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: 'Here or in HTTP Basic authentication (`client_secret_basic`).',
        examples: ['osc_4f3a9c1e2b7d4e8f'],
      }),
    ),
    client_secret: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        examples: ['oss_Jq0v6mJ1cE9pWm0yQ2h3bXk1c2x1d2V5Zk1hQ0d3dA'],
      }),
    ),
    scope: Type.Optional(
      Type.String({
        maxLength: 500,
        description: 'Space-separated scopes wanted; omit for all the client was granted.',
        examples: ['referrals:write referrals:read'],
      }),
    ),
  },
  {
    additionalProperties: false,
    description: 'OAuth 2.0 client credentials (RFC 6749 §4.4), as a form or as JSON.',
  },
)

export const ClientToken = Type.Object(
  {
    access_token: Type.String({ examples: ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOi…'] }),
    token_type: Type.Literal('Bearer'),
    expires_in: Type.Integer({ description: 'Seconds until the token expires.', examples: [600] }),
    scope: Type.String({
      description: 'The scopes the token carries, space-separated.',
      examples: ['referrals:write referrals:read'],
    }),
  },
  { title: 'ClientToken', additionalProperties: false },
)
export type ClientToken = Static<typeof ClientToken>

export const tokenRoutes = {
  issueClientToken: defineRoute({
    method: 'POST',
    path: '/api/v1/auth/token',
    operationId: 'issueClientToken',
    summary: 'Get a token for a partner’s API client',
    description:
      'OAuth 2.0 client credentials: the client id and secret an admin issued, in the body or as HTTP Basic authentication. The token is short-lived; ask for a new one when it expires. Problems carry the OAuth `error` code as well.',
    tags: ['Authentication'],
    access: 'public',
    consumes: ['application/x-www-form-urlencoded', 'application/json'],
    body: ClientCredentialsBody,
    response: { 200: ClientToken, ...problems(400, 401, 413, 415, 429) },
    problems: ['invalid-client', 'unsupported-grant-type', 'invalid-scope', 'rate-limited'],
  }),
} as const
