import { PARTNER_SCOPES, type PartnerScope } from '@onestop/contracts'
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { apiClientSecrets, apiClients } from '../../db/schema/index.js'
import type { Actor } from '../../lib/context.js'
import { livePartnershipBetween } from './credentials.js'

export interface ClientTokenClaims {
  /** The API client's row id. */
  sub: string
  /** The secret the token was issued for: the token dies when the secret is rotated out. */
  sid: string
  scope: 'partner'
  /** Space-separated scopes. */
  scp: string
}

export const scopesOf = (text: string): PartnerScope[] =>
  text.split(' ').filter((s): s is PartnerScope => (PARTNER_SCOPES as readonly string[]).includes(s))

/** A working client with a working secret, under a live partnership, and the clause that says so. */
export const clientWorks = and(
  isNull(apiClients.revokedAt),
  or(isNull(apiClientSecrets.expiresAt), gt(apiClientSecrets.expiresAt, sql`now()`)),
  livePartnershipBetween(sql`${apiClients.organisationId}`, sql`${apiClients.partnerOrganisationId}`),
)

/**
 * The actor behind a client token, or null once the client is revoked, its secret rotated out or the
 * partnership ended: all three take effect at once. The client acts as its municipality.
 */
export async function findClientActor(db: Database, claims: ClientTokenClaims): Promise<Actor | null> {
  const [row] = await db
    .select({ client: apiClients })
    .from(apiClients)
    .innerJoin(apiClientSecrets, eq(apiClientSecrets.apiClientId, apiClients.id))
    .where(and(eq(apiClients.id, claims.sub), eq(apiClientSecrets.id, claims.sid), clientWorks))
    .limit(1)
  if (!row) return null
  const { client } = row
  return {
    id: client.id,
    email: client.clientId,
    name: client.name,
    roles: [],
    professions: [],
    organisationId: client.partnerOrganisationId,
    sessionId: claims.sid,
    scope: 'full',
    partnerClient: {
      clientId: client.clientId,
      // A scope taken from the client after the token was issued no longer counts.
      scopes: scopesOf(claims.scp).filter((s) => client.scopes.includes(s)),
      organisationId: client.organisationId,
    },
  }
}
