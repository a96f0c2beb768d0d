import { DELIVERY_SOURCES, type DeliverySource, PACKAGE_CAPS, type PackageCap } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { id, sqlTextList, timestamps } from './columns.js'
import { families } from './families.js'
import { organisations } from './organisations.js'
import { persons } from './persons.js'
import { services } from './services.js'
import { users } from './users.js'

/**
 * One service delivered to one person: written when an appointment is completed (per participant) and
 * when a group session's attendance marks someone present; removed when that is undone. Projects and
 * indicators count these rows.
 */
export const deliveredServices = pgTable(
  'delivered_services',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    /** The specialist of an appointment; null for a group session, whose facilitators are on the run. */
    deliveredById: uuid('delivered_by_id').references(() => users.id),
    sourceKind: text('source_kind').$type<DeliverySource>().notNull(),
    sourceId: uuid('source_id').notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, precision: 3 }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('delivered_services_source_person_idx').on(t.sourceKind, t.sourceId, t.personId),
    index('delivered_services_org_delivered_idx').on(t.organisationId, t.deliveredAt),
    index('delivered_services_service_delivered_idx').on(t.serviceId, t.deliveredAt),
    index('delivered_services_family_idx').on(t.familyId, t.serviceId, t.personId),
    index('delivered_services_person_idx').on(t.personId, t.serviceId),
    check('delivered_services_source_check', sql`${t.sourceKind} in (${sqlTextList(DELIVERY_SOURCES)})`),
    check('delivered_services_duration_check', sql`${t.durationMinutes} > 0`),
  ],
)

/** Planned units of a service for one person of a family, part of the family's case plan. */
export const servicePackages = pgTable(
  'service_packages',
  {
    id: id(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    plannedUnits: integer('planned_units').notNull(),
    cap: text('cap').$type<PackageCap>().notNull().default('soft'),
    note: text('note'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('service_packages_family_person_service_idx').on(t.familyId, t.personId, t.serviceId),
    index('service_packages_person_service_idx').on(t.personId, t.serviceId),
    check('service_packages_units_check', sql`${t.plannedUnits} between 1 and 1000`),
    check('service_packages_cap_check', sql`${t.cap} in (${sqlTextList(PACKAGE_CAPS)})`),
  ],
)

/** A specialist's iCalendar subscription; only the token's hash is kept, and revoking ends it. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('calendar_feeds_token_idx').on(t.tokenHash),
    uniqueIndex('calendar_feeds_user_active_idx').on(t.userId).where(sql`${t.revokedAt} is null`),
  ],
)
