import {
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
  ENROLMENT_STATUSES,
  type EnrolmentStatus,
  GROUP_RUN_STATUSES,
  GROUP_SESSION_STATUSES,
  type GroupRunStatus,
  type GroupSessionStatus,
} from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, sqlTextList, timestamps } from './columns.js'
import { families } from './families.js'
import { methodologies } from './methodologies.js'
import { organisations, rooms } from './organisations.js'
import { persons } from './persons.js'
import { services } from './services.js'
import { users } from './users.js'

/**
 * A group programme run: a series of sessions of one service with facilitators, a room and a capacity.
 * `enrolledCount` is kept in step with the enrolments under the run's row lock; its check constraint makes
 * an over-full run impossible even if the application got the lock wrong.
 */
export const groupRuns = pgTable(
  'group_runs',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    title: text('title').notNull(),
    methodologyId: uuid('methodology_id').references(() => methodologies.id),
    roomId: uuid('room_id').references(() => rooms.id),
    capacity: integer('capacity').notNull(),
    enrolledCount: integer('enrolled_count').notNull().default(0),
    status: text('status').$type<GroupRunStatus>().notNull().default('planned'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index('group_runs_org_created_idx').on(t.organisationId, t.createdAt.desc().nullsFirst()),
    index('group_runs_service_idx').on(t.serviceId),
    index('group_runs_methodology_idx').on(t.methodologyId),
    check('group_runs_status_check', sql`${t.status} in (${sqlTextList(GROUP_RUN_STATUSES)})`),
    check('group_runs_capacity_check', sql`${t.capacity} between 1 and 500`),
    check('group_runs_enrolled_check', sql`${t.enrolledCount} between 0 and ${t.capacity}`),
  ],
)

export const groupRunFacilitators = pgTable(
  'group_run_facilitators',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => groupRuns.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.userId] }),
    index('group_run_facilitators_user_idx').on(t.userId),
  ],
)

/** One meeting of a run; while scheduled or held it reserves the facilitators and the room. */
export const groupSessions = pgTable(
  'group_sessions',
  {
    id: id(),
    runId: uuid('run_id')
      .notNull()
      .references(() => groupRuns.id),
    startsAt: timestamp('starts_at', { withTimezone: true, precision: 3 }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, precision: 3 }).notNull(),
    status: text('status').$type<GroupSessionStatus>().notNull().default('scheduled'),
    cancelReason: text('cancel_reason'),
    ...timestamps(),
  },
  (t) => [
    index('group_sessions_run_idx').on(t.runId, t.startsAt),
    index('group_sessions_starts_idx').on(t.startsAt),
    check('group_sessions_status_check', sql`${t.status} in (${sqlTextList(GROUP_SESSION_STATUSES)})`),
    check('group_sessions_period_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
)

/**
 * A person's place in a run. `queuePosition` comes from an identity column, so the waitlist has one
 * definite order: the order in which enrolments were taken.
 */
export const enrolments = pgTable(
  'enrolments',
  {
    id: id(),
    runId: uuid('run_id')
      .notNull()
      .references(() => groupRuns.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    status: text('status').$type<EnrolmentStatus>().notNull(),
    queuePosition: bigint('queue_position', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    withdrawReason: text('withdraw_reason'),
    /** Shared by the two partners of a couple, who enrol, wait and withdraw together. */
    coupleId: uuid('couple_id'),
    /** The expected birth date, for a methodology enrolling during pregnancy. */
    expectedBirthOn: date('expected_birth_on'),
    /** The parents agreed to put court proceedings on hold, for a methodology asking for it. */
    courtProceedingsOnHold: boolean('court_proceedings_on_hold').notNull().default(false),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('enrolments_run_person_idx').on(t.runId, t.personId).where(sql`${t.status} <> 'withdrawn'`),
    index('enrolments_run_queue_idx').on(t.runId, t.status, t.queuePosition),
    index('enrolments_family_idx').on(t.familyId),
    index('enrolments_person_idx').on(t.personId),
    index('enrolments_couple_idx').on(t.coupleId),
    check('enrolments_status_check', sql`${t.status} in (${sqlTextList(ENROLMENT_STATUSES)})`),
    check('enrolments_withdraw_check', sql`(${t.status} = 'withdrawn') = (${t.withdrawReason} is not null)`),
  ],
)

export const sessionAttendance = pgTable(
  'session_attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => groupSessions.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    status: text('status').$type<AttendanceStatus>().notNull(),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.personId] }),
    index('session_attendance_person_idx').on(t.personId),
    check('session_attendance_status_check', sql`${t.status} in (${sqlTextList(ATTENDANCE_STATUSES)})`),
  ],
)
