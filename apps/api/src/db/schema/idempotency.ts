import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { id } from './columns.js'

/** The first answer to each signed-in POST sent with an Idempotency-Key, replayed for 24 hours. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    id: id(),
    actorId: uuid('actor_id').notNull(),
    key: text('key').notNull(),
    requestUrl: text('request_url').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code'),
    contentType: text('content_type'),
    location: text('location'),
    responseBody: text('response_body'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('idempotency_keys_actor_key_idx').on(t.actorId, t.key),
    index('idempotency_keys_created_idx').on(t.createdAt),
  ],
)
