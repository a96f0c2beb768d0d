import { PROFESSIONS, type Profession, ROLES, type Role } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, sqlTextList, timestamps } from './columns.js'
import { organisations } from './organisations.js'

export const users = pgTable(
  'users',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    roles: text('roles').array().$type<Role[]>().notNull(),
    professions: text('professions').array().$type<Profession[]>().notNull().default(sql`'{}'`),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, precision: 3 }),
    mfaSecret: text('mfa_secret'),
    mfaPendingSecret: text('mfa_pending_secret'),
    /** The 30-second step of the last code accepted: a code is good once (RFC 6238, 5.2). */
    mfaLastStep: integer('mfa_last_step'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`),
    index('users_organisation_name_idx').on(t.organisationId, t.name, t.id),
    check(
      'users_roles_check',
      sql`${t.roles} <@ array[${sqlTextList(ROLES)}]::text[] and cardinality(${t.roles}) > 0`,
    ),
    check('users_professions_check', sql`${t.professions} <@ array[${sqlTextList(PROFESSIONS)}]::text[]`),
  ],
)

export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
)
