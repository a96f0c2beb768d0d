import { and, eq } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { ForbiddenError, NotFoundError } from '../../lib/errors.js'

const mayManageSchedules = (ctx: SignedInContext) =>
  ctx.actor.roles.includes('admin') || ctx.actor.roles.includes('coordinator')

/**
 * A staff member of the caller's organisation whose schedule the caller may read or edit: another
 * organisation's staff are 404, a colleague's schedule without an admin or coordinator role is 403.
 */
export async function scheduleOwner(ctx: SignedInContext, userId: string, db: Database = ctx.db) {
  const [user] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, ctx.actor.organisationId)))
  if (!user) throw new NotFoundError('staff member', userId)
  if (userId !== ctx.actor.id && !mayManageSchedules(ctx)) {
    await audit(ctx, {
      action: 'schedule.access',
      entityType: 'user',
      entityId: userId,
      outcome: 'denied',
    })
    const refusal = new ForbiddenError("Only admins and coordinators may see a colleague's schedule.")
    refusal.audited = true
    throw refusal
  }
  return user
}
