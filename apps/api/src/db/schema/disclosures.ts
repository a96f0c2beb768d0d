import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { id } from './columns.js'
import { organisations } from './organisations.js'
import { persons } from './persons.js'
import { users } from './users.js'

/**
 * An admin shown a person's confidential contacts, with the stated reason; like break-glass, each one is
 * listed for a coordinator or another admin to review.
 */
export const confidentialDisclosures = pgTable(
  'confidential_disclosures',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    disclosedAt: timestamp('disclosed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    reviewedById: uuid('reviewed_by_id').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, precision: 3 }),
    reviewNote: text('review_note'),
  },
  (t) => [
    index('confidential_disclosures_org_review_idx').on(
      t.organisationId,
      t.reviewedAt,
      t.disclosedAt.desc().nullsFirst(),
    ),
  ],
)
