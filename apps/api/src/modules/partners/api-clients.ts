import type { ApiClient, ApiClientWithSecret, PartnerMunicipality, PartnerScope } from '@onestop/contracts'
import { and, asc, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { apiClientSecrets, apiClients, organisations, partnerships } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { ConflictError, NotFoundError } from '../../lib/errors.js'
import {
  hashClientSecret,
  livePartnershipBetween,
  newClientId,
  newClientSecret,
  secretHint,
} from './credentials.js'

const iso = (at: Date | null) => (at ? at.toISOString() : null)

/** Now, to the millisecond the columns keep, so a secret ended now is no longer later than now(). */
const NOW = sql`date_trunc('milliseconds', now())`

/** The clients the caller's organisation issued, with their secrets that still work, in two queries. */
async function clientsWhere(db: Database, where: ReturnType<typeof and>): Promise<ApiClient[]> {
  const rows = await db
    .select({ client: apiClients, partnerName: organisations.name })
    .from(apiClients)
    .innerJoin(organisations, eq(organisations.id, apiClients.partnerOrganisationId))
    .where(where)
    .orderBy(desc(apiClients.createdAt), desc(apiClients.id))
  if (rows.length === 0) return []
  const secrets = await db
    .select()
    .from(apiClientSecrets)
    .where(
      and(
        inArray(
          apiClientSecrets.apiClientId,
          rows.map((r) => r.client.id),
        ),
        or(isNull(apiClientSecrets.expiresAt), gt(apiClientSecrets.expiresAt, sql`now()`)),
      ),
    )
    .orderBy(asc(apiClientSecrets.createdAt))
  return rows.map(({ client, partnerName }) => ({
    id: client.id,
    clientId: client.clientId,
    name: client.name,
    partnerOrganisation: { id: client.partnerOrganisationId, name: partnerName },
    scopes: client.scopes,
    status: client.revokedAt ? 'revoked' : 'active',
    secrets: secrets
      .filter((s) => s.apiClientId === client.id)
      .map((s) => ({
        id: s.id,
        hint: s.hint,
        createdAt: s.createdAt.toISOString(),
        expiresAt: iso(s.expiresAt),
      })),
    createdAt: client.createdAt.toISOString(),
    revokedAt: iso(client.revokedAt),
    lastTokenAt: iso(client.lastTokenAt),
    version: client.version,
  }))
}

const issuedBy = (ctx: SignedInContext) => eq(apiClients.organisationId, ctx.actor.organisationId)

export async function listPartnerMunicipalities(ctx: SignedInContext): Promise<PartnerMunicipality[]> {
  const own = ctx.actor.organisationId
  const partners = await ctx.db
    .selectDistinct({
      id: organisations.id,
      name: organisations.name,
      municipality: organisations.municipality,
      live: livePartnershipBetween(own, sql`${organisations.id}`).mapWith(Boolean),
    })
    .from(organisations)
    .innerJoin(
      partnerships,
      or(
        and(eq(partnerships.organisationId, own), eq(partnerships.partnerOrganisationId, organisations.id)),
        and(eq(partnerships.partnerOrganisationId, own), eq(partnerships.organisationId, organisations.id)),
      ),
    )
    .where(eq(organisations.kind, 'municipality'))
    .orderBy(asc(organisations.name))
  const clients = partners.length
    ? await clientsWhere(
        ctx.db,
        and(
          issuedBy(ctx),
          inArray(
            apiClients.partnerOrganisationId,
            partners.map((p) => p.id),
          ),
        ),
      )
    : []
  await audit(ctx, { action: 'api-client.list', entityType: 'api_client' })
  return partners.map((p) => ({
    id: p.id,
    name: p.name,
    municipality: p.municipality,
    partnershipLive: p.live,
    clients: clients.filter((c) => c.partnerOrganisation.id === p.id),
  }))
}

/** A municipality that has, or had, a partnership with the caller's organisation; others are not found. */
async function partnerMunicipality(ctx: SignedInContext, partnerId: string) {
  const own = ctx.actor.organisationId
  const [partner] = await ctx.db
    .select({
      id: organisations.id,
      live: livePartnershipBetween(own, sql`${organisations.id}`).mapWith(Boolean),
    })
    .from(organisations)
    .where(
      and(
        eq(organisations.id, partnerId),
        eq(organisations.kind, 'municipality'),
        sql`exists (select 1 from partnerships p where (p.organisation_id = ${own} and p.partner_organisation_id = ${organisations.id})
          or (p.partner_organisation_id = ${own} and p.organisation_id = ${organisations.id}))`,
      ),
    )
  if (!partner) throw new NotFoundError('partner municipality', partnerId)
  return partner
}

export async function getApiClient(ctx: SignedInContext, partnerId: string, apiClientId: string) {
  const [client] = await clientsWhere(
    ctx.db,
    and(issuedBy(ctx), eq(apiClients.partnerOrganisationId, partnerId), eq(apiClients.id, apiClientId)),
  )
  if (!client) throw new NotFoundError('API client', apiClientId)
  await audit(ctx, { action: 'api-client.read', entityType: 'api_client', entityId: client.id })
  return client
}

async function insertSecret(db: Database, apiClientId: string) {
  const secret = newClientSecret()
  await db
    .insert(apiClientSecrets)
    .values({ apiClientId, secretHash: hashClientSecret(secret), hint: secretHint(secret) })
  return secret
}

export async function createApiClient(
  ctx: SignedInContext,
  partnerId: string,
  body: { name: string; scopes: PartnerScope[] },
): Promise<ApiClientWithSecret> {
  const partner = await partnerMunicipality(ctx, partnerId)
  if (!partner.live)
    throw new ConflictError(
      'Issue API clients only to a municipality with a live partnership with your organisation.',
      'partnership-not-live',
    )
  const [created] = await ctx.db
    .insert(apiClients)
    .values({
      clientId: newClientId(),
      organisationId: ctx.actor.organisationId,
      partnerOrganisationId: partner.id,
      name: body.name.trim(),
      scopes: body.scopes,
      createdById: ctx.actor.id,
    })
    .returning({ id: apiClients.id })
  if (!created) throw new Error('api client insert returned nothing')
  const clientSecret = await insertSecret(ctx.db, created.id)
  await audit(ctx, {
    action: 'api-client.create',
    entityType: 'api_client',
    entityId: created.id,
    details: { partnerOrganisationId: partner.id, scopes: body.scopes },
  })
  return { client: await clientOf(ctx, partnerId, created.id), clientSecret }
}

async function clientOf(ctx: SignedInContext, partnerId: string, apiClientId: string) {
  const [client] = await clientsWhere(
    ctx.db,
    and(issuedBy(ctx), eq(apiClients.partnerOrganisationId, partnerId), eq(apiClients.id, apiClientId)),
  )
  if (!client) throw new NotFoundError('API client', apiClientId)
  return client
}

/** The client's row under lock, so a rotation and a revocation never interleave. */
async function lockedClient(ctx: SignedInContext, partnerId: string, apiClientId: string) {
  const [row] = await ctx.db
    .select()
    .from(apiClients)
    .where(
      and(issuedBy(ctx), eq(apiClients.partnerOrganisationId, partnerId), eq(apiClients.id, apiClientId)),
    )
    .for('update')
  if (!row) throw new NotFoundError('API client', apiClientId)
  if (row.revokedAt) throw new ConflictError('This API client has been revoked.', 'api-client-revoked')
  return row
}

/** Ends every secret of the client that still works. */
async function expireSecrets(db: Database, apiClientId: string) {
  await db
    .update(apiClientSecrets)
    .set({ expiresAt: NOW })
    .where(
      and(
        eq(apiClientSecrets.apiClientId, apiClientId),
        or(isNull(apiClientSecrets.expiresAt), gt(apiClientSecrets.expiresAt, sql`now()`)),
      ),
    )
}

export async function rotateApiClientSecret(
  ctx: SignedInContext,
  partnerId: string,
  apiClientId: string,
  overlapHours: number,
): Promise<ApiClientWithSecret> {
  const client = await lockedClient(ctx, partnerId, apiClientId)
  // Rotated-out secrets stop now; the current one keeps working for the overlap.
  await ctx.db
    .update(apiClientSecrets)
    .set({ expiresAt: NOW })
    .where(and(eq(apiClientSecrets.apiClientId, client.id), gt(apiClientSecrets.expiresAt, sql`now()`)))
  await ctx.db
    .update(apiClientSecrets)
    .set({ expiresAt: sql`${NOW} + make_interval(hours => ${overlapHours})` })
    .where(and(eq(apiClientSecrets.apiClientId, client.id), isNull(apiClientSecrets.expiresAt)))
  const clientSecret = await insertSecret(ctx.db, client.id)
  await ctx.db
    .update(apiClients)
    .set({ version: sql`${apiClients.version} + 1` })
    .where(eq(apiClients.id, client.id))
  await audit(ctx, {
    action: 'api-client.rotate-secret',
    entityType: 'api_client',
    entityId: client.id,
    details: { overlapHours },
  })
  return { client: await clientOf(ctx, partnerId, client.id), clientSecret }
}

export async function revokeApiClient(
  ctx: SignedInContext,
  partnerId: string,
  apiClientId: string,
): Promise<ApiClient> {
  const client = await lockedClient(ctx, partnerId, apiClientId)
  await ctx.db
    .update(apiClients)
    .set({ revokedAt: sql`now()`, revokedById: ctx.actor.id, version: sql`${apiClients.version} + 1` })
    .where(eq(apiClients.id, client.id))
  await expireSecrets(ctx.db, client.id)
  await audit(ctx, { action: 'api-client.revoke', entityType: 'api_client', entityId: client.id })
  return clientOf(ctx, partnerId, client.id)
}
