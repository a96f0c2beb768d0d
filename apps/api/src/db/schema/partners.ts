import {
  GENDERS,
  type Gender,
  MEMBER_ROLES,
  type MemberRole,
  PARTNER_SCOPES,
  type PartnerScope,
  REFERRAL_EVENT_TYPES,
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  type RiskFactor,
} from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, sqlTextList } from './columns.js'
import { families } from './families.js'
import { organisations } from './organisations.js'
import type { PersonContacts } from './persons.js'
import { users } from './users.js'

/**
 * Machine credentials an organisation's admin issues to a partner municipality. The client acts as the
 * municipality (row-level security sees it as that organisation) towards the issuing organisation.
 */
export const apiClients = pgTable(
  'api_clients',
  {
    id: id(),
    /** What the client sends as `client_id`: `osc_` and 16 hex characters. */
    clientId: text('client_id').notNull(),
    /** The organisation that issued it and receives its referrals. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    partnerOrganisationId: uuid('partner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    scopes: text('scopes').array().$type<PartnerScope[]>().notNull(),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    revokedById: uuid('revoked_by_id').references(() => users.id),
    lastTokenAt: timestamp('last_token_at', { withTimezone: true, precision: 3 }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('api_clients_client_id_idx').on(t.clientId),
    index('api_clients_organisation_idx').on(t.organisationId, t.partnerOrganisationId),
    index('api_clients_partner_idx').on(t.partnerOrganisationId),
    check(
      'api_clients_scopes_check',
      sql`cardinality(${t.scopes}) > 0 and ${t.scopes} <@ array[${sqlTextList(PARTNER_SCOPES)}]::text[]`,
    ),
    check('api_clients_two_organisations', sql`${t.organisationId} <> ${t.partnerOrganisationId}`),
    check('api_clients_revoked', sql`(${t.revokedAt} is null) = (${t.revokedById} is null)`),
  ],
)

/**
 * A client's secrets, as SHA-256 hashes (the secrets are 256 random bits, so a slow hash adds nothing).
 * One is current (no expiry); after a rotation the previous one works until `expires_at`.
 */
export const apiClientSecrets = pgTable(
  'api_client_secrets',
  {
    id: id(),
    apiClientId: uuid('api_client_id')
      .notNull()
      .references(() => apiClients.id),
    secretHash: text('secret_hash').notNull(),
    hint: text('hint').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('api_client_secrets_hash_idx').on(t.secretHash),
    index('api_client_secrets_client_idx').on(t.apiClientId),
    uniqueIndex('api_client_secrets_one_current_idx').on(t.apiClientId).where(sql`${t.expiresAt} is null`),
  ],
)

/**
 * A family referred to an organisation: by a partner municipality's API client, or by staff of another
 * organisation of this deployment (then `source_family_id` is the sender's case). Both sides read it.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: id(),
    fromOrganisationId: uuid('from_organisation_id')
      .notNull()
      .references(() => organisations.id),
    toOrganisationId: uuid('to_organisation_id')
      .notNull()
      .references(() => organisations.id),
    apiClientId: uuid('api_client_id').references(() => apiClients.id),
    referredById: uuid('referred_by_id').references(() => users.id),
    sourceFamilyId: uuid('source_family_id').references(() => families.id),
    /** The referrer's own reference (a municipality's case number; the sender's family code). */
    partnerReference: text('partner_reference').notNull(),
    reason: text('reason').notNull(),
    urgency: text('urgency', { enum: REFERRAL_URGENCIES }).notNull(),
    riskFactors: text('risk_factors').array().$type<RiskFactor[]>().notNull().default(sql`'{}'`),
    /** The referrer confirms the family agreed to be referred; a referral without it is refused. */
    consentConfirmed: boolean('consent_confirmed').notNull(),
    consentNote: text('consent_note'),
    status: text('status', { enum: REFERRAL_STATUSES }).notNull().default('received'),
    receivedAt: timestamp('received_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** When an answer is due: 24 hours after an urgent referral arrives. */
    answerDueAt: timestamp('answer_due_at', { withTimezone: true, precision: 3 }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true, precision: 3 }),
    decidedById: uuid('decided_by_id').references(() => users.id),
    declineReason: text('decline_reason'),
    /** The receiving organisation's family the referral was accepted into. */
    familyId: uuid('family_id').references(() => families.id),
    closedAt: timestamp('closed_at', { withTimezone: true, precision: 3 }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('referrals_inbox_idx').on(t.toOrganisationId, t.status, t.answerDueAt),
    index('referrals_to_received_idx').on(
      t.toOrganisationId,
      t.receivedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('referrals_from_received_idx').on(
      t.fromOrganisationId,
      t.receivedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('referrals_family_idx').on(t.familyId),
    index('referrals_source_family_idx').on(t.sourceFamilyId),
    check('referrals_consent_confirmed', sql`${t.consentConfirmed}`),
    check('referrals_two_organisations', sql`${t.fromOrganisationId} <> ${t.toOrganisationId}`),
    check('referrals_one_sender', sql`(${t.apiClientId} is null) <> (${t.referredById} is null)`),
    check('referrals_status_check', sql`${t.status} in (${sqlTextList(REFERRAL_STATUSES)})`),
    check('referrals_urgency_check', sql`${t.urgency} in (${sqlTextList(REFERRAL_URGENCIES)})`),
    check(
      'referrals_decision',
      sql`case ${t.status} when 'received' then ${t.decidedAt} is null and ${t.familyId} is null
        when 'declined' then ${t.decidedAt} is not null and ${t.declineReason} is not null and ${t.familyId} is null
        else ${t.decidedAt} is not null and ${t.familyId} is not null end`,
    ),
    check('referrals_closed', sql`(${t.closedAt} is not null) = (${t.status} = 'case_closed')`),
  ],
)

/** A member of a referred family as the referrer described them; personal codes encrypted as in `persons`. */
export const referralPersons = pgTable(
  'referral_persons',
  {
    id: id(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    birthDate: date('birth_date').notNull(),
    gender: text('gender').$type<Gender>().notNull(),
    role: text('role').$type<MemberRole>().notNull(),
    personalCodeEncrypted: text('personal_code_encrypted'),
    personalCodeHash: text('personal_code_hash'),
    contacts: jsonb('contacts').$type<PersonContacts>().notNull().default({}),
  },
  (t) => [
    uniqueIndex('referral_persons_position_idx').on(t.referralId, t.position),
    index('referral_persons_code_hash_idx').on(t.personalCodeHash),
    check('referral_persons_gender_check', sql`${t.gender} in (${sqlTextList(GENDERS)})`),
    check('referral_persons_role_check', sql`${t.role} in (${sqlTextList(MEMBER_ROLES)})`),
  ],
)

/**
 * What happened to a referral, written in the same transaction as the change: the status history both
 * sides read, and the source of webhook deliveries.
 */
export const referralEvents = pgTable(
  'referral_events',
  {
    id: id(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id, { onDelete: 'cascade' }),
    type: text('type', { enum: REFERRAL_EVENT_TYPES }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('referral_events_referral_idx').on(t.referralId, t.occurredAt),
    check('referral_events_type_check', sql`${t.type} in (${sqlTextList(REFERRAL_EVENT_TYPES)})`),
  ],
)
