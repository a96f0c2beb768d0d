import type { OutsideReads } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { ForbiddenError } from '../../lib/errors.js'
import { queryRows } from '../../lib/sql.js'
import { familyForActor } from './access.js'

/**
 * The audit entries about a family made by partner organisations' staff or under break-glass: what its
 * coordinators review. Partner staff's names stay readable (row-level security on users), their entries
 * carry the family's organisation as the data's owner.
 */
export async function listOutsideReads(ctx: SignedInContext, familyId: string): Promise<OutsideReads> {
  const { family } = await familyForActor(ctx, familyId, 'read')
  if (family.organisationId !== ctx.actor.organisationId)
    throw new ForbiddenError("Only the family's own coordinators and admins review who read it.")
  const rows = await queryRows<{
    at: Date | string
    actor_id: string | null
    actor_name: string | null
    organisation_name: string | null
    action: string
    via: 'partner' | 'break_glass'
  }>(
    ctx.db,
    sql`select a.at, a.actor_id, u.name as actor_name, o.name as organisation_name, a.action,
        case when a.organisation_id is distinct from ${family.organisationId} then 'partner' else 'break_glass' end as via
      from audit_log a
      left join users u on u.id = a.actor_id
      left join organisations o on o.id = a.organisation_id
      where a.entity_type = 'family' and a.entity_id = ${familyId}
        and (a.organisation_id is distinct from ${family.organisationId} or a.details->>'breakGlass' = 'true')
      order by a.at desc, a.id desc
      limit 100`,
  )
  await audit(ctx, { action: 'family.outside_reads', entityType: 'family', entityId: familyId })
  return {
    items: rows.map((row) => ({
      at: new Date(row.at).toISOString(),
      actorId: row.actor_id,
      actorName: row.actor_name,
      organisationName: row.organisation_name,
      action: row.action,
      via: row.via,
    })),
  }
}
