import {
  CONFERENCE_PARTICIPANT_KINDS,
  CONSENT_PURPOSES,
  type ConsentPurpose,
  GOAL_STATUSES,
  type GoalStatus,
  NEEDS_AREAS,
  type NeedsArea,
  NOTE_VISIBILITIES,
  SEVERITY_RATINGS,
  type SeverityRating,
} from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, sqlTextList } from './columns.js'
import { families } from './families.js'
import { persons } from './persons.js'
import { users } from './users.js'

const familyRef = () =>
  uuid('family_id')
    .notNull()
    .references(() => families.id)
const createdAt = () => timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow()

export const needsAssessments = pgTable(
  'needs_assessments',
  {
    id: id(),
    familyId: familyRef(),
    assessedOn: date('assessed_on').notNull(),
    strengths: text('strengths').notNull(),
    summary: text('summary'),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [index('needs_assessments_family_idx').on(t.familyId, t.assessedOn.desc().nullsFirst())],
)

export const needsAssessmentItems = pgTable(
  'needs_assessment_items',
  {
    id: id(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => needsAssessments.id),
    area: text('area').$type<NeedsArea>().notNull(),
    item: text('item').notNull(),
    rating: text('rating').$type<SeverityRating>().notNull(),
    note: text('note'),
  },
  (t) => [
    index('needs_assessment_items_assessment_idx').on(t.assessmentId),
    check('needs_assessment_items_area_check', sql`${t.area} in (${sqlTextList(NEEDS_AREAS)})`),
    check('needs_assessment_items_rating_check', sql`${t.rating} in (${sqlTextList(SEVERITY_RATINGS)})`),
  ],
)

export const casePlanGoals = pgTable(
  'case_plan_goals',
  {
    id: id(),
    familyId: familyRef(),
    area: text('area').$type<NeedsArea>().notNull(),
    description: text('description').notNull(),
    responsibleId: uuid('responsible_id')
      .notNull()
      .references(() => users.id),
    targetDate: date('target_date').notNull(),
    status: text('status').$type<GoalStatus>().notNull().default('open'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('case_plan_goals_family_idx').on(t.familyId, t.targetDate),
    index('case_plan_goals_responsible_open_idx')
      .on(t.responsibleId, t.targetDate)
      .where(sql`${t.status} = 'open'`),
    check('case_plan_goals_area_check', sql`${t.area} in (${sqlTextList(NEEDS_AREAS)})`),
    check('case_plan_goals_status_check', sql`${t.status} in (${sqlTextList(GOAL_STATUSES)})`),
  ],
)

export const casePlanReviews = pgTable(
  'case_plan_reviews',
  {
    id: id(),
    familyId: familyRef(),
    reviewedOn: date('reviewed_on').notNull(),
    nextReviewOn: date('next_review_on').notNull(),
    familyViews: text('family_views'),
    childViews: text('child_views'),
    effectiveness: text('effectiveness'),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('case_plan_reviews_family_idx').on(t.familyId, t.reviewedOn.desc().nullsFirst())],
)

export const casePlanReviewGoals = pgTable(
  'case_plan_review_goals',
  {
    id: id(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => casePlanReviews.id),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => casePlanGoals.id),
    progress: text('progress').notNull(),
    statusAfter: text('status_after').$type<GoalStatus>().notNull(),
  },
  (t) => [
    uniqueIndex('case_plan_review_goals_review_goal_idx').on(t.reviewId, t.goalId),
    index('case_plan_review_goals_goal_idx').on(t.goalId),
  ],
)

export const caseConferences = pgTable(
  'case_conferences',
  {
    id: id(),
    familyId: familyRef(),
    heldAt: timestamp('held_at', { withTimezone: true, precision: 3 }).notNull(),
    agenda: text('agenda').notNull(),
    decisions: text('decisions'),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('case_conferences_family_idx').on(t.familyId, t.heldAt.desc().nullsFirst())],
)

export const caseConferenceParticipants = pgTable(
  'case_conference_participants',
  {
    id: id(),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => caseConferences.id),
    kind: text('kind', { enum: CONFERENCE_PARTICIPANT_KINDS }).notNull(),
    userId: uuid('user_id').references(() => users.id),
    personId: uuid('person_id').references(() => persons.id),
    name: text('name'),
    organisation: text('organisation'),
  },
  (t) => [
    index('case_conference_participants_conference_idx').on(t.conferenceId),
    index('case_conference_participants_user_idx').on(t.userId),
    check(
      'case_conference_participants_kind_check',
      sql`(${t.kind} = 'staff' and ${t.userId} is not null) or (${t.kind} = 'family_member' and ${t.personId} is not null) or (${t.kind} = 'external' and ${t.name} is not null)`,
    ),
  ],
)

export const caseConferenceSteps = pgTable(
  'case_conference_steps',
  {
    id: id(),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => caseConferences.id),
    description: text('description').notNull(),
    goalId: uuid('goal_id').references(() => casePlanGoals.id),
    responsibleId: uuid('responsible_id').references(() => users.id),
    dueOn: date('due_on'),
  },
  (t) => [index('case_conference_steps_conference_idx').on(t.conferenceId)],
)

/** A case note; its text lives in versions, so an edit never loses what was written first. */
export const caseNotes = pgTable(
  'case_notes',
  {
    id: id(),
    familyId: familyRef(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    visibility: text('visibility', { enum: NOTE_VISIBILITIES }).notNull(),
    /** Set on an annotation: the note it corrects or comments on. */
    annotatesId: uuid('annotates_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('case_notes_family_idx').on(t.familyId, t.createdAt.desc().nullsFirst()),
    index('case_notes_annotates_idx').on(t.annotatesId),
    check('case_notes_visibility_check', sql`${t.visibility} in (${sqlTextList(NOTE_VISIBILITIES)})`),
  ],
)

export const caseNoteVersions = pgTable(
  'case_note_versions',
  {
    id: id(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => caseNotes.id),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    editedById: uuid('edited_by_id')
      .notNull()
      .references(() => users.id),
    editedAt: timestamp('edited_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('case_note_versions_note_version_idx').on(t.noteId, t.version)],
)

/** Consent history per person and purpose, append-only: the latest row is the current state. */
export const consents = pgTable(
  'consents',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    familyId: familyRef(),
    purpose: text('purpose').$type<ConsentPurpose>().notNull(),
    given: boolean('given').notNull(),
    note: text('note'),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('consents_person_purpose_idx').on(t.personId, t.purpose, t.recordedAt.desc().nullsFirst()),
    index('consents_family_idx').on(t.familyId, t.recordedAt.desc().nullsFirst()),
    check('consents_purpose_check', sql`${t.purpose} in (${sqlTextList(CONSENT_PURPOSES)})`),
  ],
)
