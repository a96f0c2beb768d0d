import type { AUDIT_OUTCOMES } from '@onestop/contracts'
import type { Database } from '../db/client.js'
import { auditLog } from '../db/schema/index.js'
import type { ServiceContext } from './context.js'

export interface AuditEvent {
  action: string
  entityType?: string
  entityId?: string
  outcome?: (typeof AUDIT_OUTCOMES)[number]
  details?: Record<string, unknown>
  /** Who acted when there is no signed-in actor (the address tried at a failed sign-in). */
  actorLabel?: string
  organisationId?: string
}

/**
 * Appends one entry to the audit log. Pass the transaction as `db` so the entry commits or rolls back
 * with the change it records.
 */
export async function audit(ctx: ServiceContext, event: AuditEvent, db: Database = ctx.db): Promise<void> {
  await auditEach(ctx, [event], db)
}

/** Appends one entry per event in one statement, for a read that touches many records. */
export async function auditEach(
  ctx: ServiceContext,
  events: readonly AuditEvent[],
  db: Database = ctx.db,
): Promise<void> {
  if (events.length === 0) return
  await db.insert(auditLog).values(
    events.map((event) => ({
      organisationId: event.organisationId ?? ctx.actor?.organisationId ?? null,
      actorId: ctx.actor?.id ?? null,
      actorLabel: event.actorLabel ?? ctx.actor?.email ?? null,
      action: event.action,
      entityType: event.entityType ?? null,
      entityId: event.entityId ?? null,
      outcome: event.outcome ?? 'success',
      ip: ctx.ip,
      requestId: ctx.requestId,
      details: event.details ?? {},
    })),
  )
}
