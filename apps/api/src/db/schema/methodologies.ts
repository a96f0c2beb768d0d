import {
  CERTIFICATION_LEVELS,
  type CertificationLevel,
  type EnrolmentRules,
  METHODOLOGY_FORMATS,
  type MethodologyFormat,
} from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, sqlTextList, timestamps } from './columns.js'
import { organisations } from './organisations.js'
import { users } from './users.js'

/** An evidence-based programme the organisation delivers; names are unique in it, whatever their case. */
export const methodologies = pgTable(
  'methodologies',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    shortDescription: text('short_description').notNull(),
    targetGroup: text('target_group').notNull(),
    format: text('format').$type<MethodologyFormat>().notNull(),
    sessionCount: integer('session_count').notNull(),
    sessionMinutes: integer('session_minutes'),
    maxGroupSize: integer('max_group_size'),
    facilitatorsPerGroup: integer('facilitators_per_group').notNull(),
    certificationPath: text('certification_path').notNull(),
    certificationValidityMonths: integer('certification_validity_months').notNull(),
    completionShare: numeric('completion_share', { precision: 3, scale: 2, mode: 'number' })
      .notNull()
      .default(0.75),
    enrolmentRules: jsonb('enrolment_rules').$type<EnrolmentRules>().notNull().default({}),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('methodologies_org_name_key').on(t.organisationId, sql`lower(${t.name})`),
    check('methodologies_format_check', sql`${t.format} in (${sqlTextList(METHODOLOGY_FORMATS)})`),
    check('methodologies_session_count_check', sql`${t.sessionCount} > 0`),
    check('methodologies_session_minutes_check', sql`${t.sessionMinutes} is null or ${t.sessionMinutes} > 0`),
    check('methodologies_max_group_size_check', sql`${t.maxGroupSize} is null or ${t.maxGroupSize} > 0`),
    check('methodologies_facilitators_check', sql`${t.facilitatorsPerGroup} > 0`),
    check('methodologies_validity_check', sql`${t.certificationValidityMonths} > 0`),
    check(
      'methodologies_completion_share_check',
      sql`${t.completionShare} > 0 and ${t.completionShare} <= 1`,
    ),
  ],
)

/** A scale a methodology measures outcomes with, such as SDQ total difficulties 0–40. */
export const outcomeInstruments = pgTable(
  'outcome_instruments',
  {
    id: id(),
    methodologyId: uuid('methodology_id')
      .notNull()
      .references(() => methodologies.id),
    name: text('name').notNull(),
    scoreMin: doublePrecision('score_min').notNull(),
    scoreMax: doublePrecision('score_max').notNull(),
    higherIsBetter: boolean('higher_is_better').notNull(),
    ...timestamps(),
  },
  (t) => [
    unique('outcome_instruments_methodology_name_key').on(t.methodologyId, t.name),
    // The target of outcome_measurements' copy of the range.
    unique('outcome_instruments_range_key').on(t.id, t.scoreMin, t.scoreMax),
    check('outcome_instruments_range_check', sql`${t.scoreMax} > ${t.scoreMin}`),
  ],
)

/**
 * A staff member's certification in a methodology at a level for the days [certified_on, valid_until].
 * The exclusion constraint certifications_no_overlap (hand SQL in migration 0025) keeps one staff member
 * from holding two of the same methodology and level on a day; a revoked one holds nothing.
 */
export const certifications = pgTable(
  'certifications',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    methodologyId: uuid('methodology_id')
      .notNull()
      .references(() => methodologies.id),
    level: text('level').$type<CertificationLevel>().notNull(),
    certifiedOn: date('certified_on').notNull(),
    validUntil: date('valid_until').notNull(),
    evidence: text('evidence'),
    supervisorId: uuid('supervisor_id').references(() => users.id),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    revokedById: uuid('revoked_by_id').references(() => users.id),
    revocationReason: text('revocation_reason'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    index('certifications_org_methodology_idx').on(t.organisationId, t.methodologyId, t.userId),
    index('certifications_user_idx').on(t.userId, t.methodologyId),
    index('certifications_org_valid_until_idx').on(t.organisationId, t.validUntil),
    check('certifications_level_check', sql`${t.level} in (${sqlTextList(CERTIFICATION_LEVELS)})`),
    check('certifications_dates_check', sql`${t.validUntil} >= ${t.certifiedOn}`),
    check('certifications_supervisor_check', sql`(${t.level} = 'trainee') = (${t.supervisorId} is not null)`),
    check(
      'certifications_revocation_check',
      sql`(${t.revokedAt} is null) = (${t.revocationReason} is null) and (${t.revokedAt} is null) = (${t.revokedById} is null)`,
    ),
  ],
)
