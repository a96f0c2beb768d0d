import {
  FAMILY_STATUSES,
  type FamilyStatus,
  RECIPIENT_GROUPS,
  REFERRAL_SOURCES,
  type RecipientGroup,
  RISK_FACTORS,
  type RiskFactor,
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
import { id, sqlTextList, timestamps } from './columns.js'
import { organisations } from './organisations.js'
import { users } from './users.js'

export const families = pgTable(
  'families',
  {
    id: id(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    referenceCode: text('reference_code').notNull(),
    status: text('status').$type<FamilyStatus>().notNull(),
    municipality: text('municipality').notNull(),
    referralSource: text('referral_source', { enum: REFERRAL_SOURCES }).notNull(),
    referredAt: date('referred_at').notNull(),
    violenceOrDangerReported: boolean('violence_or_danger_reported').notNull().default(false),
    firstAssessmentDue: date('first_assessment_due'),
    firstAssessmentAt: timestamp('first_assessment_at', { withTimezone: true, precision: 3 }),
    riskFactors: text('risk_factors').array().$type<RiskFactor[]>().notNull().default(sql`'{}'`),
    recipientGroups: text('recipient_groups').array().$type<RecipientGroup[]>().notNull().default(sql`'{}'`),
    caseManagerId: uuid('case_manager_id').references(() => users.id),
    intakeById: uuid('intake_by_id')
      .notNull()
      .references(() => users.id),
    openedAt: timestamp('opened_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true, precision: 3 }),
    closingReason: text('closing_reason'),
    outcomeSummary: text('outcome_summary'),
    version: integer('version').notNull().default(1),
    /** Set when the retention period ran out and everything identifying was removed. */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true, precision: 3 }),
    ...timestamps(),
  },
  (t) => [
    index('families_org_closed_idx').on(t.organisationId, t.closedAt).where(sql`${t.anonymisedAt} is null`),
    uniqueIndex('families_reference_code_idx').on(t.referenceCode),
    index('families_org_opened_idx').on(
      t.organisationId,
      t.openedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('families_opened_idx').on(t.openedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // Partner statistics: one centre's families of one municipality, by when they opened.
    index('families_org_municipality_opened_idx').on(t.organisationId, t.municipality, t.openedAt),
    index('families_case_manager_idx').on(t.caseManagerId, t.openedAt.desc().nullsFirst()),
    index('families_intake_by_idx').on(t.intakeById),
    index('families_org_status_idx').on(t.organisationId, t.status, t.openedAt.desc().nullsFirst()),
    index('families_risk_factors_idx').using('gin', t.riskFactors),
    index('families_reference_code_trgm_idx').using('gin', sql`${t.referenceCode} gin_trgm_ops`),
    check('families_status_check', sql`${t.status} in (${sqlTextList(FAMILY_STATUSES)})`),
    check('families_referral_source_check', sql`${t.referralSource} in (${sqlTextList(REFERRAL_SOURCES)})`),
    check(
      'families_risk_factors_check',
      sql`${t.riskFactors} <@ array[${sqlTextList(RISK_FACTORS)}]::text[]`,
    ),
    check(
      'families_recipient_groups_check',
      sql`${t.recipientGroups} <@ array[${sqlTextList(RECIPIENT_GROUPS)}]::text[]`,
    ),
    check('families_closed_at_check', sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
    check(
      'families_closing_check',
      sql`${t.status} <> 'closed' or (${t.closingReason} is not null and ${t.outcomeSummary} is not null)`,
    ),
  ],
)

/** One row per year: the last family number handed out, so reference codes never collide. */
export const familyReferenceCounters = pgTable('family_reference_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
})

export const familyStatusChanges = pgTable(
  'family_status_changes',
  {
    id: id(),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    fromStatus: text('from_status').$type<FamilyStatus>(),
    toStatus: text('to_status').$type<FamilyStatus>().notNull(),
    reason: text('reason'),
    changedById: uuid('changed_by_id')
      .notNull()
      .references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('family_status_changes_family_idx').on(t.familyId, t.changedAt)],
)
