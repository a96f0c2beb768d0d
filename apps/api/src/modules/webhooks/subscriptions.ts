import type { CreateWebhookBody, UpdateWebhookBody, WebhookEventType } from '@onestop/contracts'
import { and, desc, eq, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { webhookSubscriptions } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { fieldCryptoFor } from '../../lib/crypto.js'
import { NotFoundError, PreconditionFailedError } from '../../lib/errors.js'
import { newSigningSecret } from './signature.js'
import { checkWebhookTarget, parseWebhookUrl } from './target.js'
import { toSubscription } from './view.js'

/** A partner's subscriptions are those its own API client made. */
const ownedBy = (ctx: SignedInContext) =>
  and(
    eq(webhookSubscriptions.apiClientId, ctx.actor.id),
    eq(webhookSubscriptions.organisationId, ctx.actor.organisationId),
  )

/** A URL the server may call: http(s), and public addresses only unless the operator allows private ones. */
async function allowedUrl(ctx: SignedInContext, value: string): Promise<string> {
  const url = parseWebhookUrl(value)
  await checkWebhookTarget(url, ctx.config.partners.webhookAllowPrivateTargets)
  return url.href
}

const distinct = (events: WebhookEventType[]) => [...new Set(events)]

export async function createWebhook(ctx: SignedInContext, body: Static<typeof CreateWebhookBody>) {
  const url = await allowedUrl(ctx, body.url)
  const signingSecret = newSigningSecret()
  const [row] = await ctx.db
    .insert(webhookSubscriptions)
    .values({
      organisationId: ctx.actor.organisationId,
      apiClientId: ctx.actor.id,
      url,
      events: distinct(body.events),
      secretEncrypted: fieldCryptoFor(ctx.config.encryptionKey).encrypt(signingSecret),
    })
    .returning()
  if (!row) throw new Error('webhook insert returned nothing')
  await audit(ctx, {
    action: 'webhook.create',
    entityType: 'webhook_subscription',
    entityId: row.id,
    details: { events: row.events },
  })
  return { subscription: toSubscription(row), signingSecret }
}

export async function listWebhooks(ctx: SignedInContext) {
  const rows = await ctx.db
    .select()
    .from(webhookSubscriptions)
    .where(ownedBy(ctx))
    .orderBy(desc(webhookSubscriptions.createdAt), desc(webhookSubscriptions.id))
  return rows.map(toSubscription)
}

/** The caller's own subscription; another partner's is not found. */
export async function ownWebhook(ctx: SignedInContext, webhookId: string, lock = false) {
  const query = ctx.db
    .select()
    .from(webhookSubscriptions)
    .where(and(ownedBy(ctx), eq(webhookSubscriptions.id, webhookId)))
  const [row] = lock ? await query.for('update') : await query
  if (!row) throw new NotFoundError('webhook', webhookId)
  return row
}

export async function getWebhook(ctx: SignedInContext, webhookId: string) {
  return toSubscription(await ownWebhook(ctx, webhookId))
}

export async function updateWebhook(
  ctx: SignedInContext,
  webhookId: string,
  version: number,
  body: Static<typeof UpdateWebhookBody>,
) {
  const current = await ownWebhook(ctx, webhookId, true)
  if (current.version !== version) throw new PreconditionFailedError('webhook')
  const url = body.url === undefined ? undefined : await allowedUrl(ctx, body.url)
  const [row] = await ctx.db
    .update(webhookSubscriptions)
    .set({
      ...(url ? { url } : {}),
      ...(body.events ? { events: distinct(body.events) } : {}),
      ...(body.enabled ? { disabledAt: null, disabledReason: null, consecutiveFailures: 0 } : {}),
      version: sql`${webhookSubscriptions.version} + 1`,
    })
    .where(eq(webhookSubscriptions.id, current.id))
    .returning()
  if (!row) throw new NotFoundError('webhook', webhookId)
  await audit(ctx, {
    action: 'webhook.update',
    entityType: 'webhook_subscription',
    entityId: row.id,
    details: { urlChanged: url !== undefined, events: row.events, reEnabled: body.enabled === true },
  })
  return toSubscription(row)
}

export async function deleteWebhook(ctx: SignedInContext, webhookId: string) {
  const current = await ownWebhook(ctx, webhookId, true)
  await ctx.db.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, current.id))
  await audit(ctx, { action: 'webhook.delete', entityType: 'webhook_subscription', entityId: current.id })
}
