import type { Completion, TrainingParticipant } from '@onestop/contracts'
import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { certifications, trainingParticipants, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { addDays } from '../../lib/dates.js'
import { ConflictError, NotFoundError } from '../../lib/errors.js'
import { recordCertification } from '../certifications/certification-changes.js'
import {
  assertLastSessionStarted,
  assertNotCancelled,
  type TrainingRow,
  trainingOfOrganisation,
} from './access.js'
import { loadParticipant } from './view.js'

/** The staff member's latest certification of the methodology that a refresher renews (not a trainee's). */
async function certificationToRenew(db: Database, userId: string, methodologyId: string) {
  const [current] = await db
    .select({ level: certifications.level, validUntil: certifications.validUntil })
    .from(certifications)
    .where(
      and(
        eq(certifications.userId, userId),
        eq(certifications.methodologyId, methodologyId),
        isNull(certifications.revokedAt),
        ne(certifications.level, 'trainee'),
      ),
    )
    .orderBy(desc(certifications.validUntil))
    .limit(1)
  return current
}

/**
 * What completing the training certifies a staff member of the organisation: an accreditation makes them
 * accredited from the training's last day; a refresher renews their latest certification at its level,
 * from the day after it ends, or from the training's last day when it had lapsed, so the renewal never
 * overlaps it (certifications_no_overlap). Other kinds, and other persons, certify nothing.
 */
async function certifyCompletion(
  ctx: SignedInContext,
  tx: Database,
  training: TrainingRow,
  userId: string,
): Promise<string | null> {
  const base = {
    userId,
    methodologyId: training.methodologyId,
    evidence: `${training.title} (${training.startsOn} – ${training.endsOn})`,
  }
  if (training.kind === 'accreditation')
    return recordCertification(ctx, { ...base, level: 'accredited', certifiedOn: training.endsOn }, tx)
  if (training.kind !== 'refresher') return null
  const current = await certificationToRenew(tx, userId, training.methodologyId)
  if (!current) return null
  const lapsed = current.validUntil < training.endsOn
  const certifiedOn = lapsed ? training.endsOn : addDays(current.validUntil, 1)
  return recordCertification(ctx, { ...base, level: current.level, certifiedOn }, tx)
}

/**
 * Records completion once the training's last session has started; `completed` is final and may certify
 * (see certifyCompletion), all or nothing.
 */
export async function recordCompletion(
  ctx: SignedInContext,
  trainingId: string,
  participantId: string,
  completion: Completion,
): Promise<TrainingParticipant> {
  const kind = await ctx.db.transaction(async (tx) => {
    const training = await trainingOfOrganisation(tx, ctx.actor, trainingId, true)
    assertNotCancelled(training)
    await assertLastSessionStarted(tx, training)
    const [participant] = await tx
      .select({
        status: trainingParticipants.status,
        completion: trainingParticipants.completion,
        userId: trainingParticipants.userId,
        organisationId: users.organisationId,
      })
      .from(trainingParticipants)
      .leftJoin(users, eq(users.id, trainingParticipants.userId))
      .where(and(eq(trainingParticipants.id, participantId), eq(trainingParticipants.trainingId, trainingId)))
    if (!participant) throw new NotFoundError('participant', participantId)
    if (participant.status === 'withdrawn')
      throw new ConflictError('The participant has withdrawn.', 'invalid-transition')
    if (participant.completion === 'completed')
      throw new ConflictError('Completion is already recorded as completed.', 'invalid-transition')
    const certificationId =
      completion === 'completed' &&
      participant.userId &&
      participant.organisationId === ctx.actor.organisationId
        ? await certifyCompletion(ctx, tx, training, participant.userId)
        : null
    await tx
      .update(trainingParticipants)
      .set({ completion, certificationId, updatedAt: sql`now()` })
      .where(eq(trainingParticipants.id, participantId))
    await audit(
      ctx,
      {
        action: 'training_participant.completion',
        entityType: 'training_participant',
        entityId: participantId,
        details: { trainingId, completion, certificationId },
      },
      tx,
    )
    return training.kind
  })
  return loadParticipant(ctx.db, kind, participantId)
}
