import type { WebhookDelivery, WebhookSubscription } from '@onestop/contracts'
import type { webhookDeliveries, webhookSubscriptions } from '../../db/schema/index.js'

const iso = (at: Date | null) => (at ? at.toISOString() : null)

export const toSubscription = (row: typeof webhookSubscriptions.$inferSelect): WebhookSubscription => ({
  id: row.id,
  url: row.url,
  events: row.events,
  status: row.disabledAt ? 'disabled' : 'active',
  disabledAt: iso(row.disabledAt),
  disabledReason: row.disabledReason,
  consecutiveFailures: row.consecutiveFailures,
  createdAt: row.createdAt.toISOString(),
  version: row.version,
})

export const toDelivery = (row: typeof webhookDeliveries.$inferSelect): WebhookDelivery => ({
  id: row.id,
  eventType: row.eventType,
  status: row.status,
  attempts: row.attempts,
  nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
  lastAttemptAt: iso(row.lastAttemptAt),
  lastStatusCode: row.lastStatusCode,
  lastErrorCode: row.lastErrorCode,
  lastError: row.lastError,
  deliveredAt: iso(row.deliveredAt),
  createdAt: row.createdAt.toISOString(),
})
