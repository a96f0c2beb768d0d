import {
  ADMISSION_REASONS,
  type AdmissionReason,
  FACILITY_KINDS,
  type FacilityKind,
  STAY_STATUSES,
  type StayStatus,
} from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, sqlTextList, timestamps } from './columns.js'
import { families } from './families.js'
import { organisations, sites } from './organisations.js'
import { persons } from './persons.js'
import { users } from './users.js'

/** A PostgreSQL daterange of Europe/Vilnius dates, as its text form `[2026-11-26,2026-12-10)`. */
export const daterange = customType<{ data: string }>({ dataType: () => 'daterange' })

const halfOpenDays = (column: unknown) =>
  sql`not isempty(${column}) and lower_inc(${column}) and not upper_inc(${column}) and not lower_inf(${column}) and not upper_inf(${column})`

/** A crisis shelter, crisis or long-term accommodation or children's short-term care on a site. */
export const accommodationFacilities = pgTable(
  'accommodation_facilities',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    kind: text('kind').$type<FacilityKind>().notNull(),
    name: text('name').notNull(),
    maxStayNights: integer('max_stay_nights').notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index('accommodation_facilities_org_idx').on(t.organisationId, t.name),
    check('accommodation_facilities_kind_check', sql`${t.kind} in (${sqlTextList(FACILITY_KINDS)})`),
    check('accommodation_facilities_max_stay_check', sql`${t.maxStayNights} > 0`),
  ],
)

/**
 * Rooms of a facility. Not the sites area's `rooms`: those are booking resources every signed-in user and
 * partner organisation may list, and a shelter's rooms must not be.
 */
export const accommodationRooms = pgTable(
  'accommodation_rooms',
  {
    id: id(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => accommodationFacilities.id),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index('accommodation_rooms_facility_idx').on(t.facilityId, t.name),
    unique('accommodation_rooms_id_facility_key').on(t.id, t.facilityId),
  ],
)

/** A bed; `facility_id` repeats its room's (a composite key keeps them equal) for per-facility queries. */
export const beds = pgTable(
  'beds',
  {
    id: id(),
    facilityId: uuid('facility_id').notNull(),
    roomId: uuid('room_id').notNull(),
    label: text('label').notNull(),
    childBed: boolean('child_bed').notNull().default(false),
    cot: boolean('cot').notNull().default(false),
    accessible: boolean('accessible').notNull().default(false),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'beds_room_fk',
      columns: [t.roomId, t.facilityId],
      foreignColumns: [accommodationRooms.id, accommodationRooms.facilityId],
    }),
    index('beds_room_idx').on(t.roomId, t.label),
    index('beds_facility_idx').on(t.facilityId),
    unique('beds_id_facility_key').on(t.id, t.facilityId),
  ],
)

/** Days a bed takes no stay: `days` is half-open [from, until). */
export const bedOutOfService = pgTable(
  'bed_out_of_service',
  {
    id: id(),
    bedId: uuid('bed_id')
      .notNull()
      .references(() => beds.id),
    days: daterange('days').notNull(),
    reason: text('reason').notNull(),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('bed_out_of_service_bed_idx').using('gist', t.bedId, t.days),
    check('bed_out_of_service_days_check', halfOpenDays(t.days)),
  ],
)

export interface PersonAdmissionChecks {
  personId: string
  intoxicated: boolean
  emergencyMedicalCare: boolean
  inpatientPsychiatricCare: boolean
}

/** A family's members placed together; the admission checks answered for each are kept with it. */
export const stayPlacements = pgTable(
  'stay_placements',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => accommodationFacilities.id),
    admissionChecks: jsonb('admission_checks').$type<PersonAdmissionChecks[]>().notNull(),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('stay_placements_family_idx').on(t.familyId, t.createdAt)],
)

/**
 * A person in a bed for the nights [check-in, check-out), Europe/Vilnius dates. Migration 0021 adds
 * EXCLUDE USING gist constraints on (bed_id, nights) and (person_id, nights) for stays not cancelled: no
 * bed and no person is ever in two overlapping stays. `family_id` and `facility_id` serve occupancy queries.
 * `check_in` and `check_out` repeat the range's ends for the list's indexes: under row-level security
 * PostgreSQL uses an index only for leakproof comparisons, which the range operators and `lower()` are not.
 */
export const stays = pgTable(
  'stays',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    placementId: uuid('placement_id')
      .notNull()
      .references(() => stayPlacements.id),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    facilityId: uuid('facility_id').notNull(),
    bedId: uuid('bed_id').notNull(),
    nights: daterange('nights').notNull(),
    checkIn: date('check_in', { mode: 'string' }).notNull().generatedAlwaysAs(sql`lower(nights)`),
    checkOut: date('check_out', { mode: 'string' }).notNull().generatedAlwaysAs(sql`upper(nights)`),
    status: text('status').$type<StayStatus>().notNull().default('planned'),
    movedFromStayId: uuid('moved_from_stay_id'),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true, precision: 3 }),
    checkedOutAt: timestamp('checked_out_at', { withTimezone: true, precision: 3 }),
    cancelReason: text('cancel_reason'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'stays_bed_fk',
      columns: [t.bedId, t.facilityId],
      foreignColumns: [beds.id, beds.facilityId],
    }),
    foreignKey({ name: 'stays_moved_from_fk', columns: [t.movedFromStayId], foreignColumns: [t.id] }),
    index('stays_family_idx').on(t.familyId),
    index('stays_facility_nights_idx').using('gist', t.facilityId, t.nights),
    index('stays_placement_idx').on(t.placementId),
    index('stays_org_check_in_idx').on(t.organisationId, t.checkIn, t.id),
    index('stays_facility_check_out_idx').on(t.facilityId, t.checkOut),
    index('stays_bed_check_out_idx').on(t.bedId, t.checkOut),
    // Whether a stay goes on elsewhere (occupancy's stays ended): without it, a scan of all stays per stay.
    index('stays_moved_from_idx').on(t.movedFromStayId).where(sql`${t.movedFromStayId} is not null`),
    check('stays_status_check', sql`${t.status} in (${sqlTextList(STAY_STATUSES)})`),
    check('stays_nights_check', halfOpenDays(t.nights)),
    check('stays_cancel_check', sql`(${t.status} = 'cancelled') = (${t.cancelReason} is not null)`),
  ],
)

/** An admission the checks refused: who refused whom, where, when and why. */
export const admissionRefusals = pgTable(
  'admission_refusals',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => accommodationFacilities.id),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    reasons: text('reasons').array().$type<AdmissionReason[]>().notNull(),
    refusedById: uuid('refused_by_id')
      .notNull()
      .references(() => users.id),
    refusedAt: timestamp('refused_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('admission_refusals_org_idx').on(t.organisationId, t.refusedAt),
    check(
      'admission_refusals_reasons_check',
      sql`${t.reasons} <@ array[${sqlTextList(ADMISSION_REASONS)}]::text[] and cardinality(${t.reasons}) > 0`,
    ),
  ],
)
