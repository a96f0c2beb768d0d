import {
  FACILITY_KINDS,
  type FacilityKind,
  WAITING_PRIORITIES,
  WAITING_REQUEST_STATUSES,
  type WaitingPriority,
  type WaitingRequestStatus,
} from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'
import { stayPlacements } from './accommodation.js'
import { id, sqlTextList, timestamps } from './columns.js'
import { families } from './families.js'
import { organisations } from './organisations.js'
import { persons } from './persons.js'
import { users } from './users.js'

/**
 * A family's request for a place of some kind from a date. It names no facility, so the family's case
 * managers may read it. `priority_rank` (urgent 0, high 1, normal 2) orders the list with `requested_at`.
 */
export const waitingRequests = pgTable(
  'waiting_requests',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    facilityKind: text('facility_kind').$type<FacilityKind>().notNull(),
    neededFrom: date('needed_from', { mode: 'string' }).notNull(),
    priority: text('priority').$type<WaitingPriority>().notNull(),
    priorityRank: smallint('priority_rank')
      .notNull()
      .generatedAlwaysAs(sql`case priority when 'urgent' then 0 when 'high' then 1 else 2 end`),
    reason: text('reason').notNull(),
    status: text('status').$type<WaitingRequestStatus>().notNull().default('open'),
    requestedAt: timestamp('requested_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    requestedById: uuid('requested_by_id')
      .notNull()
      .references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true, precision: 3 }),
    closedById: uuid('closed_by_id').references(() => users.id),
    withdrawReason: text('withdraw_reason'),
    placementId: uuid('placement_id').references(() => stayPlacements.id),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index('waiting_requests_list_idx').on(t.organisationId, t.status, t.priorityRank, t.requestedAt, t.id),
    index('waiting_requests_family_idx').on(t.familyId, t.requestedAt),
    check('waiting_requests_kind_check', sql`${t.facilityKind} in (${sqlTextList(FACILITY_KINDS)})`),
    check('waiting_requests_priority_check', sql`${t.priority} in (${sqlTextList(WAITING_PRIORITIES)})`),
    check('waiting_requests_status_check', sql`${t.status} in (${sqlTextList(WAITING_REQUEST_STATUSES)})`),
    check(
      'waiting_requests_closed_check',
      sql`(${t.status} = 'open') = (${t.closedAt} is null) and (${t.status} = 'withdrawn') = (${t.withdrawReason} is not null)`,
    ),
  ],
)

/** The persons a request asks a place for. */
export const waitingRequestMembers = pgTable(
  'waiting_request_members',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => waitingRequests.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.personId] }),
    index('waiting_request_members_person_idx').on(t.personId),
  ],
)
