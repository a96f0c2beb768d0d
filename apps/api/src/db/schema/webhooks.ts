import {
  WEBHOOK_DELIVERY_ERRORS,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
} from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, sqlTextList } from './columns.js'
import { organisations } from './organisations.js'
import { apiClients, referralEvents } from './partners.js'

/** A URL a partner municipality's API client subscribed to referral events of the centre that issued it. */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: id(),
    /** The partner municipality: the subscription is its own. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    apiClientId: uuid('api_client_id')
      .notNull()
      .references(() => apiClients.id),
    url: text('url').notNull(),
    events: text('events').array().$type<WebhookEventType[]>().notNull(),
    /** The HMAC signing secret, encrypted with the field-encryption key. */
    secretEncrypted: text('secret_encrypted').notNull(),
    disabledAt: timestamp('disabled_at', { withTimezone: true, precision: 3 }),
    disabledReason: text('disabled_reason'),
    /** Failed attempts in a row across its deliveries; a success resets it. */
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('webhook_subscriptions_organisation_idx').on(t.organisationId, t.createdAt),
    index('webhook_subscriptions_client_idx').on(t.apiClientId),
    check(
      'webhook_subscriptions_events_check',
      sql`cardinality(${t.events}) > 0 and ${t.events} <@ array[${sqlTextList(WEBHOOK_EVENT_TYPES)}]::text[]`,
    ),
    check('webhook_subscriptions_disabled', sql`(${t.disabledAt} is null) = (${t.disabledReason} is null)`),
  ],
)

/** One referral event to send to one subscription: the outbox the delivery worker drains. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    referralEventId: uuid('referral_event_id')
      .notNull()
      .references(() => referralEvents.id, { onDelete: 'cascade' }),
    eventType: text('event_type').$type<WebhookEventType>().notNull(),
    /** The JSON body, built when the event happened; it names no person. */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: WEBHOOK_DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** When a pending delivery is due; while one worker sends it, the end of its lease. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true, precision: 3 }),
    lastStatusCode: integer('last_status_code'),
    lastErrorCode: text('last_error_code', { enum: WEBHOOK_DELIVERY_ERRORS }),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_idx').on(t.subscriptionId, t.referralEventId),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('webhook_deliveries_log_idx').on(
      t.subscriptionId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    check('webhook_deliveries_status_check', sql`${t.status} in (${sqlTextList(WEBHOOK_DELIVERY_STATUSES)})`),
    check(
      'webhook_deliveries_last_error_code_check',
      sql`${t.lastErrorCode} in (${sqlTextList(WEBHOOK_DELIVERY_ERRORS)})`,
    ),
    check(
      'webhook_deliveries_event_type_check',
      sql`${t.eventType} in (${sqlTextList(WEBHOOK_EVENT_TYPES)})`,
    ),
    check('webhook_deliveries_delivered', sql`(${t.deliveredAt} is not null) = (${t.status} = 'delivered')`),
  ],
)
