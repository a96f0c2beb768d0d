import type { WebhookDeliveryError } from '@onestop/contracts'
import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Config } from '../../config.js'
import type { Database } from '../../db/client.js'
import { webhookDeliveries, webhookSubscriptions } from '../../db/schema/index.js'
import { fieldCryptoFor } from '../../lib/crypto.js'
import { queryRows } from '../../lib/sql.js'
import { maySendToPartners } from '../families/consents.js'
import { type SendWebhook, sendWebhook } from './send.js'
import { signatureOf } from './signature.js'
import { checkWebhookTarget, parseWebhookUrl, WebhookTargetNotAllowedError } from './target.js'

/*
 * Why an outbox table drained by a `FOR UPDATE SKIP LOCKED` poller, and not pg-boss or graphile-worker: the
 * system must also run on embedded PGlite (one in-process connection, no LISTEN between processes), where
 * those cannot run, and pg-boss 12 needs Node 22 while the machine has Node 20. The outbox row is written by
 * a trigger in the transaction that writes the referral event, so an event is never lost nor sent for a
 * change that rolled back; SKIP LOCKED lets several API instances poll at once and never claim one row twice.
 */

export interface DeliveryPolicy {
  /** Attempts of one delivery before it fails for good. */
  maxAttempts: number
  /** Failed attempts in a row, across a subscription's deliveries, that disable it. */
  disableAfterFailures: number
  /** Delay after the first failed attempt; it doubles after each further one. */
  firstRetryMs: number
  maxRetryMs: number
  timeoutMs: number
  /** How long a claimed delivery stays with the worker that claimed it before another may take it. */
  leaseMs: number
  batchSize: number
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  maxAttempts: 8,
  disableAfterFailures: 10,
  firstRetryMs: 30_000,
  maxRetryMs: 6 * 3600_000,
  timeoutMs: 10_000,
  leaseMs: 5 * 60_000,
  batchSize: 20,
}

/** 30 s · 2^(attempts-1), capped at 6 hours. */
export const retryDelayMs = (attempts: number, policy: DeliveryPolicy = DEFAULT_DELIVERY_POLICY): number =>
  Math.min(policy.maxRetryMs, policy.firstRetryMs * 2 ** Math.max(0, attempts - 1))

export interface DeliverOptions {
  now?: Date
  send?: SendWebhook
  policy?: Partial<DeliveryPolicy>
}

export interface DeliveryRun {
  delivered: number
  retried: number
  failed: number
  withheld: number
}

interface Claimed extends Record<string, unknown> {
  id: string
  subscriptionId: string
  eventType: string
  payload: unknown
  attempts: number
}

/**
 * Takes due pending deliveries for this worker: the rows are locked while the lease is written, and rows
 * another worker holds are skipped. The lease (a later next_attempt_at) keeps them from other workers while
 * this one sends outside any transaction; if it dies, they fall due again when the lease ends.
 */
async function claimDue(db: Database, now: Date, policy: DeliveryPolicy): Promise<Claimed[]> {
  const until = new Date(now.getTime() + policy.leaseMs)
  return queryRows<Claimed>(
    db,
    sql`update webhook_deliveries d set next_attempt_at = ${until.toISOString()}::timestamptz
      from (select id from webhook_deliveries
        where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz
        order by next_attempt_at limit ${policy.batchSize} for update skip locked) due
      where d.id = due.id
      returning d.id, d.subscription_id as "subscriptionId", d.event_type as "eventType", d.payload, d.attempts`,
  )
}

interface Target extends Record<string, unknown> {
  url: string
  secretEncrypted: string
  disabled: boolean
  revoked: boolean
  familyId: string | null
}

async function targetOf(db: Database, deliveryId: string): Promise<Target | undefined> {
  const [target] = await queryRows<Target>(
    db,
    sql`select s.url, s.secret_encrypted as "secretEncrypted", s.disabled_at is not null as disabled,
        c.revoked_at is not null as revoked, r.family_id as "familyId"
      from webhook_deliveries d
      join webhook_subscriptions s on s.id = d.subscription_id
      join api_clients c on c.id = s.api_client_id
      join referral_events e on e.id = d.referral_event_id
      join referrals r on r.id = e.referral_id
      where d.id = ${deliveryId}`,
  )
  return target
}

/** Ends a delivery without an attempt: withheld, or failed because its subscription or client stopped. */
async function settle(
  db: Database,
  id: string,
  status: 'failed' | 'withheld',
  code: WebhookDeliveryError,
  reason: string,
) {
  await db
    .update(webhookDeliveries)
    .set({ status, lastErrorCode: code, lastError: reason })
    .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, 'pending')))
}

async function recordSuccess(db: Database, delivery: Claimed, now: Date, statusCode: number) {
  await db.transaction(async (tx) => {
    await tx
      .update(webhookDeliveries)
      .set({
        status: 'delivered',
        attempts: delivery.attempts + 1,
        lastAttemptAt: now,
        lastStatusCode: statusCode,
        lastErrorCode: null,
        lastError: null,
        deliveredAt: now,
      })
      .where(eq(webhookDeliveries.id, delivery.id))
    await tx
      .update(webhookSubscriptions)
      .set({ consecutiveFailures: 0 })
      .where(eq(webhookSubscriptions.id, delivery.subscriptionId))
  })
}

/** Counts a failed attempt: retried with backoff, failed after the last; the subscription may be disabled. */
async function recordFailure(
  db: Database,
  delivery: Claimed,
  now: Date,
  policy: DeliveryPolicy,
  failure: { statusCode: number | null; code: WebhookDeliveryError; error: string },
): Promise<'retried' | 'failed'> {
  const attempts = delivery.attempts + 1
  const exhausted = attempts >= policy.maxAttempts
  let outcome: 'retried' | 'failed' = exhausted ? 'failed' : 'retried'
  await db.transaction(async (tx) => {
    await tx
      .update(webhookDeliveries)
      .set({
        status: exhausted ? 'failed' : 'pending',
        attempts,
        lastAttemptAt: now,
        lastStatusCode: failure.statusCode,
        lastErrorCode: failure.code,
        lastError: failure.error.slice(0, 500),
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, policy)),
      })
      .where(eq(webhookDeliveries.id, delivery.id))
    const [subscription] = await tx
      .update(webhookSubscriptions)
      .set({ consecutiveFailures: sql`${webhookSubscriptions.consecutiveFailures} + 1` })
      .where(eq(webhookSubscriptions.id, delivery.subscriptionId))
      .returning({ failures: webhookSubscriptions.consecutiveFailures })
    if (!subscription || subscription.failures < policy.disableAfterFailures) return
    const reason = `Disabled after ${subscription.failures} failed attempts in a row.`
    await tx
      .update(webhookSubscriptions)
      .set({ disabledAt: now, disabledReason: reason, version: sql`${webhookSubscriptions.version} + 1` })
      .where(
        and(eq(webhookSubscriptions.id, delivery.subscriptionId), isNull(webhookSubscriptions.disabledAt)),
      )
    await tx
      .update(webhookDeliveries)
      .set({
        status: 'failed',
        lastErrorCode: 'subscription_disabled',
        lastError: 'The subscription was disabled.',
      })
      .where(
        and(
          eq(webhookDeliveries.subscriptionId, delivery.subscriptionId),
          eq(webhookDeliveries.status, 'pending'),
        ),
      )
    outcome = 'failed'
  })
  return outcome
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))

async function deliverOne(
  db: Database,
  config: Config,
  delivery: Claimed,
  now: Date,
  send: SendWebhook,
  policy: DeliveryPolicy,
): Promise<keyof DeliveryRun> {
  const target = await targetOf(db, delivery.id)
  if (!target) return 'failed'
  if (target.disabled) {
    await settle(db, delivery.id, 'failed', 'subscription_disabled', 'The subscription was disabled.')
    return 'failed'
  }
  if (target.revoked) {
    await settle(db, delivery.id, 'failed', 'client_revoked', 'The API client was revoked.')
    return 'failed'
  }
  // The family may have withdrawn its consent since the event: then the municipality hears nothing.
  if (target.familyId && !(await maySendToPartners(db, target.familyId))) {
    await settle(
      db,
      delivery.id,
      'withheld',
      'consent_withdrawn',
      'The family does not consent to sharing with the municipality.',
    )
    return 'withheld'
  }
  const allowPrivate = config.partners.webhookAllowPrivateTargets
  try {
    await checkWebhookTarget(parseWebhookUrl(target.url), allowPrivate)
  } catch (error) {
    return recordFailure(db, delivery, now, policy, {
      statusCode: null,
      code: 'target_not_allowed',
      error: errorText(error),
    })
  }
  const body = JSON.stringify(delivery.payload)
  const timestamp = Math.floor(now.getTime() / 1000)
  try {
    const secret = fieldCryptoFor(config.encryptionKey).decrypt(target.secretEncrypted)
    const response = await send({
      url: target.url,
      body,
      allowPrivate,
      timeoutMs: policy.timeoutMs,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'OneStop-Webhooks/1',
        'onestop-webhook-id': delivery.id,
        'onestop-webhook-event': delivery.eventType,
        'onestop-webhook-timestamp': String(timestamp),
        'onestop-webhook-signature': signatureOf(secret, timestamp, body),
      },
    })
    if (response.status >= 200 && response.status < 300) {
      await recordSuccess(db, delivery, now, response.status)
      return 'delivered'
    }
    return recordFailure(db, delivery, now, policy, {
      statusCode: response.status,
      code: 'receiver_error',
      error: `The receiver answered ${response.status}.`,
    })
  } catch (error) {
    // Connect-time refusals of a private address (DNS rebinding) arrive here too.
    const code = error instanceof WebhookTargetNotAllowedError ? 'target_not_allowed' : 'unreachable'
    return recordFailure(db, delivery, now, policy, { statusCode: null, code, error: errorText(error) })
  }
}

/**
 * Sends every due delivery once: a 2xx delivers it, anything else is retried with backoff. Runs on the
 * owner connection (no row-level security): it serves every organisation. `now` is the clock.
 */
export async function deliverDueWebhooks(
  db: Database,
  config: Config,
  options: DeliverOptions = {},
): Promise<DeliveryRun> {
  const now = options.now ?? new Date()
  const policy = { ...DEFAULT_DELIVERY_POLICY, ...options.policy }
  const send = options.send ?? sendWebhook
  const run: DeliveryRun = { delivered: 0, retried: 0, failed: 0, withheld: 0 }
  for (const delivery of await claimDue(db, now, policy)) {
    run[await deliverOne(db, config, delivery, now, send, policy)] += 1
  }
  return run
}
