import { type Role, STAY_MANAGERS } from '@onestop/contracts'
import { and, eq } from 'drizzle-orm'
import { stays } from '../../db/schema/index.js'
import type { Actor, SignedInContext } from '../../lib/context.js'
import { NotFoundError } from '../../lib/errors.js'
import { familyForActor } from '../families/access.js'
import type { Visibility } from './stay-view.js'

export type StayRecord = typeof stays.$inferSelect

/** Accommodation officers and coordinators place people and see where everyone of their organisation stays. */
export const managesStays = (actor: Actor): boolean =>
  actor.roles.some((role) => (STAY_MANAGERS as readonly Role[]).includes(role))

/**
 * How much of a family's stays the caller sees: where they stay only as a manager of stays or the family's
 * responsible case manager; others who may see the family learn only that they are in accommodation. Answers
 * 404 to a caller who may not see the family.
 */
export async function stayVisibility(ctx: SignedInContext, familyId: string): Promise<Visibility> {
  if (managesStays(ctx.actor)) return 'full'
  const access = await familyForActor(ctx, familyId, 'read')
  return access.responsible && !access.partner ? 'full' : 'limited'
}

/** A stay of the caller's organisation, for a manager of stays; `lock` takes its row `for update`. */
export async function stayForManager(
  ctx: SignedInContext,
  stayId: string,
  lock = false,
): Promise<StayRecord> {
  const query = ctx.db
    .select()
    .from(stays)
    .where(and(eq(stays.id, stayId), eq(stays.organisationId, ctx.actor.organisationId)))
  const [row] = lock ? await query.for('update') : await query
  if (!row) throw new NotFoundError('stay', stayId)
  return row
}
