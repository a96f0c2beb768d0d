import { sql } from 'drizzle-orm'
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { id } from './columns.js'
import { families } from './families.js'
import { users } from './users.js'

/** Staff on a family's case team; only they (and coordinators, admins) see the family's personal data. */
export const caseTeamMembers = pgTable(
  'case_team_members',
  {
    id: id(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    addedById: uuid('added_by_id')
      .notNull()
      .references(() => users.id),
    addedAt: timestamp('added_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('case_team_members_current_idx').on(t.userId, t.familyId).where(sql`${t.removedAt} is null`),
    index('case_team_members_family_idx').on(t.familyId, t.addedAt),
  ],
)

/** Emergency access to a family outside one's team: time-limited, audited, reviewed by a coordinator. */
export const breakGlassGrants = pgTable(
  'break_glass_grants',
  {
    id: id(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organisationId: uuid('organisation_id').notNull(),
    reason: text('reason').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    reviewedById: uuid('reviewed_by_id').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, precision: 3 }),
    reviewNote: text('review_note'),
  },
  (t) => [
    index('break_glass_grants_user_family_idx').on(t.userId, t.familyId, t.expiresAt),
    index('break_glass_grants_org_review_idx').on(
      t.organisationId,
      t.reviewedAt,
      t.grantedAt.desc().nullsFirst(),
    ),
  ],
)
