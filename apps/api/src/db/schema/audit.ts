import { AUDIT_OUTCOMES } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { id, sqlTextList } from './columns.js'

/** Append-only: a trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** The actor's organisation. */
    organisationId: uuid('organisation_id'),
    /**
     * The organisation whose data the entry is about: the family's owner when partner staff act on it
     * (set for the request's transaction by the family access check), otherwise the actor's.
     */
    dataOrganisationId: uuid('data_organisation_id').default(
      sql`coalesce(nullif(current_setting('app.data_organisation_id', true), '')::uuid, nullif(current_setting('app.organisation_id', true), '')::uuid)`,
    ),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    outcome: text('outcome', { enum: AUDIT_OUTCOMES }).notNull(),
    ip: text('ip'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('audit_log_org_at_idx').on(t.organisationId, t.at.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('audit_log_data_org_at_idx')
      .on(t.dataOrganisationId, t.at.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.dataOrganisationId} is not null`),
    index('audit_log_actor_at_idx').on(t.actorId, t.at.desc().nullsFirst()),
    // The person filter's partner staff: who acted on this organisation's data from another organisation.
    index('audit_log_partner_actor_idx')
      .on(t.dataOrganisationId, t.actorId)
      .where(sql`${t.organisationId} <> ${t.dataOrganisationId}`),
    index('audit_log_entity_at_idx').on(t.entityType, t.entityId, t.at.desc().nullsFirst()),
    index('audit_log_action_at_idx').on(t.action, t.at.desc().nullsFirst()),
    // The audit search's family filter: entries about a family's records, and list reads that showed it.
    index('audit_log_family_at_idx')
      .on(sql`(${t.details} ->> 'familyId')`, t.at.desc().nullsFirst())
      .where(sql`${t.details} ? 'familyId'`),
    index('audit_log_listed_families_idx')
      .using('gin', sql`(${t.details} -> 'families')`)
      .where(sql`${t.details} ? 'families'`),
    check('audit_log_outcome_check', sql`${t.outcome} in (${sqlTextList(AUDIT_OUTCOMES)})`),
  ],
)
