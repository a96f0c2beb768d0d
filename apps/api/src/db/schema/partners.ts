import { PARTNER_SCOPES, type PartnerScope } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { id, sqlTextList } from './columns.js'
import { organisations } from './organisations.js'
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
