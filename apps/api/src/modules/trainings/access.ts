import { type Role, TRAINING_MANAGERS } from '@onestop/contracts'
import { and, eq, max } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { trainingSessions, trainings } from '../../db/schema/index.js'
import type { Actor } from '../../lib/context.js'
import { ConflictError, NotFoundError } from '../../lib/errors.js'

export type TrainingRow = typeof trainings.$inferSelect

export const managesTrainings = (roles: readonly Role[]) =>
  roles.some((role) => (TRAINING_MANAGERS as readonly Role[]).includes(role))

/** A training of the caller's organisation, or 404. `lock` takes its row lock (inside a transaction). */
export async function trainingOfOrganisation(
  db: Database,
  actor: Actor,
  trainingId: string,
  lock = false,
): Promise<TrainingRow> {
  const query = db
    .select()
    .from(trainings)
    .where(and(eq(trainings.id, trainingId), eq(trainings.organisationId, actor.organisationId)))
  const [training] = lock ? await query.for('update') : await query
  if (!training) throw new NotFoundError('training', trainingId)
  return training
}

/** A cancelled training takes no more participants, attendance or completions. */
export function assertNotCancelled(training: TrainingRow): void {
  if (training.status === 'cancelled')
    throw new ConflictError(`The training "${training.title}" is cancelled.`, 'training-closed')
}

/** Completion is recorded, and the training marked completed, once its last session has started. */
export async function assertLastSessionStarted(db: Database, training: TrainingRow): Promise<void> {
  const [last] = await db
    .select({ startsAt: max(trainingSessions.startsAt) })
    .from(trainingSessions)
    .where(eq(trainingSessions.trainingId, training.id))
  if (!last?.startsAt || last.startsAt.getTime() > Date.now())
    throw new ConflictError(
      `The last session of "${training.title}" has not started: completion is recorded once it has.`,
      'training-not-held',
    )
}
