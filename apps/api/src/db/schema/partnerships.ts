import { sql } from 'drizzle-orm'
import { check, date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { id } from './columns.js'
import { organisations } from './organisations.js'
import { services } from './services.js'
import { users } from './users.js'

/**
 * An agreement under which the owner organisation shares families with the partner organisation's staff.
 * Live while accepted, not ended and today lies within its dates; an exclusion constraint (migration 0016)
 * keeps two unended agreements of the same pair from overlapping in time.
 */
export const partnerships = pgTable(
  'partnerships',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    partnerOrganisationId: uuid('partner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    agreementReference: text('agreement_reference').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    proposedById: uuid('proposed_by_id')
      .notNull()
      .references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    acceptedById: uuid('accepted_by_id').references(() => users.id),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, precision: 3 }),
    endedById: uuid('ended_by_id').references(() => users.id),
    endedAt: timestamp('ended_at', { withTimezone: true, precision: 3 }),
    endReason: text('end_reason'),
  },
  (t) => [
    index('partnerships_organisation_idx').on(t.organisationId, t.proposedAt.desc().nullsFirst()),
    index('partnerships_partner_idx').on(t.partnerOrganisationId, t.proposedAt.desc().nullsFirst()),
    check('partnerships_two_organisations', sql`${t.organisationId} <> ${t.partnerOrganisationId}`),
    check('partnerships_dates', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    check('partnerships_accepted_by_partner', sql`(${t.acceptedAt} is null) = (${t.acceptedById} is null)`),
    check('partnerships_ended', sql`(${t.endedAt} is null) = (${t.endedById} is null)`),
  ],
)

/** The owner's services the partner delivers under the agreement. */
export const partnershipServices = pgTable(
  'partnership_services',
  {
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
  },
  (t) => [
    primaryKey({ columns: [t.partnershipId, t.serviceId] }),
    index('partnership_services_service_idx').on(t.serviceId),
  ],
)
