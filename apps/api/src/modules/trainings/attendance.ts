import type { RecordTrainingAttendanceBody } from '@onestop/contracts'
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { trainingAttendance, trainingParticipants, trainingSessions } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { BadRequestError, ConflictError, NotFoundError } from '../../lib/errors.js'
import { assertNotCancelled, trainingOfOrganisation } from './access.js'
import { loadTraining } from './view.js'

type Entries = Static<typeof RecordTrainingAttendanceBody>['entries']

function assertOnePerParticipant(entries: Entries) {
  const seen = new Set<string>()
  const repeats = entries.flatMap(({ participantId }, i) => {
    const repeated = seen.has(participantId)
    seen.add(participantId)
    return repeated ? [{ pointer: `/entries/${i}/participantId`, code: 'listed-twice' as const }] : []
  })
  if (repeats.length) throw new BadRequestError('List each participant once.', repeats)
}

/** Sets the listed participants' attendance at a session that has started; only enrolled participants are taken. */
export async function recordTrainingAttendance(
  ctx: SignedInContext,
  trainingId: string,
  sessionId: string,
  body: Static<typeof RecordTrainingAttendanceBody>,
) {
  assertOnePerParticipant(body.entries)
  await ctx.db.transaction(async (tx) => {
    assertNotCancelled(await trainingOfOrganisation(tx, ctx.actor, trainingId, true))
    const [session] = await tx
      .select({ startsAt: trainingSessions.startsAt })
      .from(trainingSessions)
      .where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.trainingId, trainingId)))
    if (!session) throw new NotFoundError('training session', sessionId)
    if (session.startsAt.getTime() > Date.now())
      throw new ConflictError('Attendance is taken once the session has started.', 'not-started')
    const enrolled = await tx
      .select({ id: trainingParticipants.id })
      .from(trainingParticipants)
      .where(
        and(
          eq(trainingParticipants.trainingId, trainingId),
          eq(trainingParticipants.status, 'enrolled'),
          inArray(
            trainingParticipants.id,
            body.entries.map((e) => e.participantId),
          ),
        ),
      )
    const known = new Set(enrolled.map((p) => p.id))
    const strangers = body.entries.flatMap(({ participantId }, i) =>
      known.has(participantId)
        ? []
        : [{ pointer: `/entries/${i}/participantId`, code: 'not-enrolled' as const }],
    )
    if (strangers.length)
      throw new BadRequestError('Attendance is taken for enrolled participants only.', strangers)
    await tx
      .insert(trainingAttendance)
      .values(body.entries.map((e) => ({ sessionId, ...e, recordedById: ctx.actor.id })))
      .onConflictDoUpdate({
        target: [trainingAttendance.sessionId, trainingAttendance.participantId],
        set: { status: sql`excluded.status`, recordedById: ctx.actor.id, recordedAt: sql`now()` },
      })
    await audit(
      ctx,
      {
        action: 'training_attendance.record',
        entityType: 'training_session',
        entityId: sessionId,
        details: { trainingId, entries: body.entries },
      },
      tx,
    )
  })
  return loadTraining(ctx.db, trainingId)
}
