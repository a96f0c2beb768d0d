import {
  ABSENCE_KINDS,
  type AbsenceKind,
  APPOINTMENT_STATUSES,
  type AppointmentStatus,
  PROFESSIONS,
  type Profession,
  RESERVATION_SOURCES,
  type ReservationSource,
  SERVICE_MODES,
  type ServiceMode,
} from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, sqlTextList, timestamps } from './columns.js'
import { families } from './families.js'
import { methodologies } from './methodologies.js'
import { organisations, ROOM_KINDS, rooms, sites } from './organisations.js'
import { persons } from './persons.js'
import { users } from './users.js'

/** A PostgreSQL tstzrange, as its text form `[start,end)`. */
export const tstzrange = customType<{ data: string }>({ dataType: () => 'tstzrange' })

/** The service catalogue: what the centre delivers, who may deliver it, and where. */
export const services = pgTable(
  'services',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    code: text('code').notNull(),
    /** Code of the national Catalogue of Social Services, for reconciling with SPIS. */
    catalogueCode: text('catalogue_code'),
    nameLt: text('name_lt').notNull(),
    nameEn: text('name_en').notNull(),
    mode: text('mode').$type<ServiceMode>().notNull(),
    professions: text('professions').array().$type<Profession[]>().notNull(),
    roomKinds: text('room_kinds').array().$type<(typeof ROOM_KINDS)[number][]>().notNull(),
    defaultDurationMinutes: integer('default_duration_minutes').notNull(),
    defaultCapacity: integer('default_capacity'),
    methodologyId: uuid('methodology_id').references(() => methodologies.id),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('services_org_code_idx').on(t.organisationId, t.code),
    index('services_methodology_idx').on(t.methodologyId),
    check('services_mode_check', sql`${t.mode} in (${sqlTextList(SERVICE_MODES)})`),
    check(
      'services_professions_check',
      sql`${t.professions} <@ array[${sqlTextList(PROFESSIONS)}]::text[] and cardinality(${t.professions}) > 0`,
    ),
    check('services_room_kinds_check', sql`${t.roomKinds} <@ array[${sqlTextList(ROOM_KINDS)}]::text[]`),
    check('services_duration_check', sql`${t.defaultDurationMinutes} between 5 and 600`),
    check('services_capacity_check', sql`${t.defaultCapacity} is null or ${t.defaultCapacity} > 0`),
  ],
)

/** A staff member's weekly hours at a site; `validTo` null means until further notice. */
export const workingHours = pgTable(
  'working_hours',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    /** ISO weekday: 1 Monday … 7 Sunday. */
    weekday: smallint('weekday').notNull(),
    startsAt: time('starts_at').notNull(),
    endsAt: time('ends_at').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('working_hours_user_idx').on(t.userId, t.weekday),
    check('working_hours_weekday_check', sql`${t.weekday} between 1 and 7`),
    check('working_hours_times_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('working_hours_valid_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
)

/** Leave, sickness and other time a staff member is away. */
export const absences = pgTable(
  'absences',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').$type<AbsenceKind>().notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true, precision: 3 }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, precision: 3 }).notNull(),
    note: text('note'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('absences_user_idx').on(t.userId, t.startsAt),
    check('absences_kind_check', sql`${t.kind} in (${sqlTextList(ABSENCE_KINDS)})`),
    check('absences_period_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
)

/**
 * Every staff member's and room's reserved time, whatever booked it. Migration 0011 adds
 * EXCLUDE USING gist (resource_id WITH =, period WITH &&) WHERE (active): nothing is ever booked twice.
 */
export const reservations = pgTable(
  'reservations',
  {
    id: id(),
    resourceKind: text('resource_kind', { enum: ['staff', 'room'] }).notNull(),
    resourceId: uuid('resource_id').notNull(),
    period: tstzrange('period').notNull(),
    sourceKind: text('source_kind').$type<ReservationSource>().notNull(),
    sourceId: uuid('source_id').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('reservations_source_idx').on(t.sourceKind, t.sourceId),
    check('reservations_source_check', sql`${t.sourceKind} in (${sqlTextList(RESERVATION_SOURCES)})`),
    check(
      'reservations_period_check',
      sql`not isempty(${t.period}) and lower_inc(${t.period}) and not upper_inc(${t.period})`,
    ),
  ],
)

export const appointments = pgTable(
  'appointments',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    specialistId: uuid('specialist_id')
      .notNull()
      .references(() => users.id),
    roomId: uuid('room_id').references(() => rooms.id),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    startsAt: timestamp('starts_at', { withTimezone: true, precision: 3 }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, precision: 3 }).notNull(),
    status: text('status').$type<AppointmentStatus>().notNull().default('scheduled'),
    cancelReason: text('cancel_reason'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index('appointments_specialist_idx').on(t.specialistId, t.startsAt),
    index('appointments_room_idx').on(t.roomId, t.startsAt),
    index('appointments_family_idx').on(t.familyId, t.startsAt),
    index('appointments_org_starts_idx').on(t.organisationId, t.startsAt),
    check('appointments_status_check', sql`${t.status} in (${sqlTextList(APPOINTMENT_STATUSES)})`),
    check('appointments_period_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('appointments_cancel_check', sql`(${t.status} = 'cancelled') = (${t.cancelReason} is not null)`),
  ],
)

export const appointmentParticipants = pgTable(
  'appointment_participants',
  {
    appointmentId: uuid('appointment_id')
      .notNull()
      .references(() => appointments.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
  },
  (t) => [
    primaryKey({ columns: [t.appointmentId, t.personId] }),
    index('appointment_participants_person_idx').on(t.personId),
  ],
)
