import { isOverseer } from '@onestop/contracts'
import { eq } from 'drizzle-orm'
import { appointments } from '../../db/schema/index.js'
import type { Actor, SignedInContext } from '../../lib/context.js'
import { NotFoundError } from '../../lib/errors.js'
import { familyForActor } from '../families/access.js'

export type AppointmentRow = typeof appointments.$inferSelect

/** Reception and those who oversee book for any family they may see; others only as its case team. */
export const bookingNeed = (actor: Actor): 'read' | 'contribute' =>
  isOverseer(actor) || actor.roles.includes('intake') ? 'read' : 'contribute'

/**
 * Loads an appointment the caller may see (`read`) or change (`book`): their own, or one of a family they
 * may see; otherwise 404 as if it did not exist.
 */
export async function appointmentForActor(
  ctx: SignedInContext,
  appointmentId: string,
  need: 'read' | 'book',
): Promise<AppointmentRow> {
  const [row] = await ctx.db.select().from(appointments).where(eq(appointments.id, appointmentId))
  if (!row) throw new NotFoundError('appointment', appointmentId)
  if (row.specialistId === ctx.actor.id) return row
  try {
    await familyForActor(ctx, row.familyId, need === 'read' ? 'read' : bookingNeed(ctx.actor))
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError('appointment', appointmentId)
    throw error
  }
  return row
}
