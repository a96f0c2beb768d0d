import type { WebhookDeliveriesQuery } from '@onestop/contracts'
import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { apiClients, organisations, webhookDeliveries, webhookSubscriptions } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf, pastTimeCursor } from '../../lib/cursor.js'
import { NotFoundError } from '../../lib/errors.js'
import { qualified } from '../../lib/sql.js'
import { ownWebhook } from './subscriptions.js'
import { toDelivery, toSubscription } from './view.js'

/** A partner's log of one subscription, newest first. */
export async function listWebhookDeliveries(
  ctx: SignedInContext,
  webhookId: string,
  query: Static<typeof WebhookDeliveriesQuery>,
) {
  const subscription = await ownWebhook(ctx, webhookId)
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'time')
  const rows = await ctx.db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.subscriptionId, subscription.id),
        pastTimeCursor(webhookDeliveries.createdAt, webhookDeliveries.id, cursor, 'desc'),
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit + 1)
  const page = pageOf(rows, limit, (row) => ({ k: row.createdAt.toISOString(), id: row.id }))
  return { items: page.items.map(toDelivery), nextCursor: page.nextCursor }
}

const RECENT_DELIVERIES = 20

/**
 * For the issuing centre's admin: the municipality's subscriptions through the clients this organisation
 * issued, each with its latest deliveries. A municipality the organisation never partnered is not found.
 */
export async function listPartnerWebhooks(ctx: SignedInContext, partnerId: string) {
  const [partner] = await ctx.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(
        eq(organisations.id, partnerId),
        eq(organisations.kind, 'municipality'),
        sql`exists (select 1 from partnerships p where (p.organisation_id = ${ctx.actor.organisationId} and p.partner_organisation_id = ${organisations.id})
          or (p.partner_organisation_id = ${ctx.actor.organisationId} and p.organisation_id = ${organisations.id}))`,
      ),
    )
  if (!partner) throw new NotFoundError('partner municipality', partnerId)
  const subscriptions = await ctx.db
    .select({ subscription: webhookSubscriptions })
    .from(webhookSubscriptions)
    .innerJoin(apiClients, eq(apiClients.id, webhookSubscriptions.apiClientId))
    .where(
      and(
        eq(apiClients.organisationId, ctx.actor.organisationId),
        eq(webhookSubscriptions.organisationId, partner.id),
      ),
    )
    .orderBy(desc(webhookSubscriptions.createdAt), desc(webhookSubscriptions.id))
  const ids = subscriptions.map((s) => s.subscription.id)
  const deliveries = ids.length
    ? await ctx.db
        .select()
        .from(webhookDeliveries)
        .where(
          and(
            inArray(webhookDeliveries.subscriptionId, ids),
            sql`${webhookDeliveries.id} in (select d.id from webhook_deliveries d
              where d.subscription_id = ${qualified(webhookDeliveries.subscriptionId)}
              order by d.created_at desc, d.id desc limit ${RECENT_DELIVERIES})`,
          ),
        )
        .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    : []
  await audit(ctx, { action: 'webhook.list', entityType: 'organisation', entityId: partner.id })
  return {
    items: subscriptions.map(({ subscription }) => ({
      subscription: toSubscription(subscription),
      recentDeliveries: deliveries.filter((d) => d.subscriptionId === subscription.id).map(toDelivery),
    })),
  }
}
