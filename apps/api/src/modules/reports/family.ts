import type { FamilyAttendance } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { queryRows } from '../../lib/sql.js'
import { accessDetails, familyForActor } from '../families/access.js'
import { STATUS_COUNTS, type StatusCounts, withRates } from './figures.js'

/** A family's appointments by status, and the no-shows since its last completed one. */
export async function getFamilyAttendance(ctx: SignedInContext, familyId: string): Promise<FamilyAttendance> {
  const access = await familyForActor(ctx, familyId, 'read')
  const [row] = await queryRows<StatusCounts & { missedInARow: number }>(
    ctx.db,
    sql`select ${STATUS_COUNTS},
        (count(*) filter (where a.status = 'no_show' and a.starts_at > coalesce(
          (select max(c.starts_at) from appointments c where c.family_id = ${familyId} and c.status = 'completed'),
          '-infinity')))::int as "missedInARow"
      from appointments a where a.family_id = ${familyId}`,
  )
  await audit(ctx, {
    action: 'family.attendance',
    entityType: 'family',
    entityId: familyId,
    details: accessDetails(access),
  })
  return {
    familyId,
    ...withRates(row ?? { total: 0, completed: 0, noShow: 0, cancelled: 0 }),
    missedInARow: row?.missedInARow ?? 0,
  }
}
