import {
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
  COMPLETIONS,
  type Completion,
  type OutsideTrainer,
  PARTICIPANT_STATUSES,
  type ParticipantStatus,
  TRAINING_KINDS,
  TRAINING_STATUSES,
  type TrainingKind,
  type TrainingStatus,
} from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, sqlTextList, timestamps } from './columns.js'
import { certifications, methodologies } from './methodologies.js'
import { organisations, rooms } from './organisations.js'
import { users } from './users.js'

/**
 * A training event in a methodology. `enrolledCount` is kept in step with the participants under the
 * training's row lock; its check constraint makes an over-full training impossible even if the application
 * got the lock wrong. `startsOn`/`endsOn` are the Vilnius days of the first and last session.
 */
export const trainings = pgTable(
  'trainings',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    methodologyId: uuid('methodology_id')
      .notNull()
      .references(() => methodologies.id),
    kind: text('kind').$type<TrainingKind>().notNull(),
    title: text('title').notNull(),
    roomId: uuid('room_id').references(() => rooms.id),
    capacity: integer('capacity').notNull(),
    enrolledCount: integer('enrolled_count').notNull().default(0),
    status: text('status').$type<TrainingStatus>().notNull().default('planned'),
    cancelReason: text('cancel_reason'),
    outsideTrainers: jsonb('outside_trainers').$type<OutsideTrainer[]>().notNull().default([]),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index('trainings_org_starts_idx').on(t.organisationId, t.startsOn, t.id),
    index('trainings_methodology_idx').on(t.methodologyId),
    check('trainings_kind_check', sql`${t.kind} in (${sqlTextList(TRAINING_KINDS)})`),
    check('trainings_status_check', sql`${t.status} in (${sqlTextList(TRAINING_STATUSES)})`),
    check('trainings_capacity_check', sql`${t.capacity} between 1 and 500`),
    check('trainings_enrolled_check', sql`${t.enrolledCount} between 0 and ${t.capacity}`),
    check('trainings_days_check', sql`${t.endsOn} >= ${t.startsOn}`),
    check('trainings_cancel_check', sql`(${t.status} = 'cancelled') = (${t.cancelReason} is not null)`),
  ],
)

/** Staff of the organisation who train; their time is reserved for every session. */
export const trainingTrainers = pgTable(
  'training_trainers',
  {
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.trainingId, t.userId] }),
    index('training_trainers_user_idx').on(t.userId),
  ],
)

/** One day's (or part of a day's) training; while the training is not cancelled it reserves room and trainers. */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: id(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id),
    startsAt: timestamp('starts_at', { withTimezone: true, precision: 3 }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    index('training_sessions_training_idx').on(t.trainingId, t.startsAt),
    check('training_sessions_period_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
)

/**
 * A participant: a staff member (of the organisation or a partner's), or someone from elsewhere by name,
 * organisation and e-mail. `certificationId` is the certification completing the training created or renewed.
 */
export const trainingParticipants = pgTable(
  'training_participants',
  {
    id: id(),
    trainingId: uuid('training_id')
      .notNull()
      .references(() => trainings.id),
    userId: uuid('user_id').references(() => users.id),
    name: text('name'),
    organisation: text('organisation'),
    email: text('email'),
    status: text('status').$type<ParticipantStatus>().notNull().default('enrolled'),
    withdrawReason: text('withdraw_reason'),
    completion: text('completion').$type<Completion>(),
    certificationId: uuid('certification_id').references(() => certifications.id),
    enrolmentOrder: bigint('enrolment_order', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('training_participants_user_key')
      .on(t.trainingId, t.userId)
      .where(sql`${t.status} = 'enrolled' and ${t.userId} is not null`),
    uniqueIndex('training_participants_email_key')
      .on(t.trainingId, sql`lower(${t.email})`)
      .where(sql`${t.status} = 'enrolled' and ${t.email} is not null`),
    index('training_participants_training_idx').on(t.trainingId, t.enrolmentOrder),
    index('training_participants_user_idx').on(t.userId),
    check('training_participants_status_check', sql`${t.status} in (${sqlTextList(PARTICIPANT_STATUSES)})`),
    check(
      'training_participants_completion_check',
      sql`${t.completion} is null or ${t.completion} in (${sqlTextList(COMPLETIONS)})`,
    ),
    check(
      'training_participants_who_check',
      sql`(${t.userId} is not null) = (${t.name} is null and ${t.organisation} is null and ${t.email} is null)`,
    ),
    check(
      'training_participants_outside_check',
      sql`${t.userId} is not null or (${t.name} is not null and ${t.organisation} is not null and ${t.email} is not null)`,
    ),
    check(
      'training_participants_withdraw_check',
      sql`(${t.status} = 'withdrawn') = (${t.withdrawReason} is not null)`,
    ),
  ],
)

export const trainingAttendance = pgTable(
  'training_attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => trainingParticipants.id),
    status: text('status').$type<AttendanceStatus>().notNull(),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.participantId] }),
    index('training_attendance_participant_idx').on(t.participantId),
    check('training_attendance_status_check', sql`${t.status} in (${sqlTextList(ATTENDANCE_STATUSES)})`),
  ],
)
