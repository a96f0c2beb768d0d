import type { ClientToken, PartnerScope } from '@onestop/contracts'
import { and, eq, sql } from 'drizzle-orm'
import type { FastifyInstance } from 'fastify'
import { apiClientSecrets, apiClients } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { ServiceContext } from '../../lib/context.js'
import { AppError } from '../../lib/errors.js'
import { type ClientTokenClaims, clientWorks, scopesOf } from './client-actor.js'
import { hashClientSecret } from './credentials.js'

export interface ClientCredentials {
  grantType: string
  clientId: string | undefined
  clientSecret: string | undefined
  scope: string | undefined
}

/** OAuth's error code beside the problem type, so OAuth client libraries understand the refusal. */
const oauthError = (type: 'invalid-client' | 'unsupported-grant-type' | 'invalid-scope', detail: string) => {
  const error = new AppError(
    type,
    detail,
    type === 'invalid-client' ? { 'www-authenticate': 'Basic realm="onestop"' } : {},
  )
  error.extensions.error = type.replaceAll('-', '_')
  return error
}

/** Reads `Authorization: Basic base64(client_id:client_secret)`, as RFC 6749 §2.3.1 encodes it. */
export function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? '')
  if (!match?.[1]) return undefined
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  return {
    id: decodeURIComponent(decoded.slice(0, colon)),
    secret: decodeURIComponent(decoded.slice(colon + 1)),
  }
}

/** OAuth 2.0 client credentials: a short-lived token carrying the scopes asked for (all granted by default). */
export async function issueClientToken(
  app: FastifyInstance,
  ctx: ServiceContext,
  credentials: ClientCredentials,
): Promise<ClientToken> {
  if (credentials.grantType !== 'client_credentials')
    throw oauthError('unsupported-grant-type', 'Only grant_type=client_credentials is supported.')
  const { clientId, clientSecret } = credentials
  const [found] =
    clientId && clientSecret
      ? await ctx.db
          .select({ client: apiClients, secretId: apiClientSecrets.id })
          .from(apiClients)
          .innerJoin(apiClientSecrets, eq(apiClientSecrets.apiClientId, apiClients.id))
          .where(
            and(
              eq(apiClients.clientId, clientId),
              eq(apiClientSecrets.secretHash, hashClientSecret(clientSecret)),
              clientWorks,
            ),
          )
          .limit(1)
      : []
  if (!found) {
    await audit(ctx, {
      action: 'api-client.token',
      outcome: 'failure',
      actorLabel: clientId?.slice(0, 100) ?? 'unknown client',
    })
    throw oauthError(
      'invalid-client',
      'Unknown client, wrong or expired secret, revoked client, or no live partnership.',
    )
  }
  const { client, secretId } = found
  const asked = credentials.scope?.trim() ? credentials.scope.trim().split(/\s+/) : client.scopes
  const notGranted = asked.filter((s) => !client.scopes.includes(s as PartnerScope))
  if (notGranted.length)
    throw oauthError('invalid-scope', `Not granted to this client: ${notGranted.join(', ')}.`)
  const scope = scopesOf(asked.join(' ')).join(' ')
  const claims: ClientTokenClaims = { sub: client.id, sid: secretId, scope: 'partner', scp: scope }
  const expiresIn = app.config.partners.tokenSeconds
  const accessToken = app.jwt.sign(claims, { expiresIn })
  await ctx.db.update(apiClients).set({ lastTokenAt: sql`now()` }).where(eq(apiClients.id, client.id))
  await audit(ctx, {
    action: 'api-client.token',
    entityType: 'api_client',
    entityId: client.id,
    // The issuer's admins follow their clients' sign-ins in their own audit log.
    organisationId: client.organisationId,
    actorLabel: client.clientId,
    details: { scope },
  })
  return { access_token: accessToken, token_type: 'Bearer', expires_in: expiresIn, scope }
}
