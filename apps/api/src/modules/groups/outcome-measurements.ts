import {
  futureDateProblem,
  type OutcomeMeasurement,
  type OutcomePhase,
  type RecordOutcomeBody,
} from '@onestop/contracts'
import { and, eq, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { enrolments, outcomeInstruments, outcomeMeasurements, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { AppError, BadRequestError, type InvalidField, NotFoundError } from '../../lib/errors.js'
import type { InstrumentRow } from '../methodologies/methodology-view.js'
import { methodologyRun } from './participants.js'

export interface MeasurementKey {
  runId: string
  personId: string
  instrumentId: string
  phase: OutcomePhase
}

/** An instrument of the methodology, held against a change of its range until the transaction ends. */
async function instrumentOf(tx: Database, methodologyId: string, instrumentId: string) {
  const [instrument] = await tx
    .select()
    .from(outcomeInstruments)
    .where(and(eq(outcomeInstruments.id, instrumentId), eq(outcomeInstruments.methodologyId, methodologyId)))
    .for('share')
  if (!instrument) throw new NotFoundError("outcome instrument of the run's methodology", instrumentId)
  return instrument
}

function assertMeasurement(instrument: InstrumentRow, body: RecordOutcomeBody) {
  const errors: InvalidField[] = []
  const { scoreMin: min, scoreMax: max } = instrument
  if (body.score < min || body.score > max)
    errors.push({ pointer: '/score', code: 'outside-score-range', params: { min, max } })
  const future = futureDateProblem(body.measuredOn)
  if (future) errors.push({ pointer: '/measuredOn', code: future })
  if (errors.length) throw new BadRequestError(`The score does not fit ${instrument.name}.`, errors)
}

/** Scores are taken of persons enrolled in the run; their enrolment is held until the transaction ends. */
async function assertParticipant(tx: Database, runId: string, personId: string) {
  const [enrolment] = await tx
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(
      and(eq(enrolments.runId, runId), eq(enrolments.personId, personId), eq(enrolments.status, 'enrolled')),
    )
    .for('share')
  if (!enrolment)
    throw new AppError(
      'not-a-participant',
      `Person ${personId} is not enrolled in the run (never enrolled, waitlisted or withdrawn): only participants are measured.`,
    )
}

async function loadMeasurement(db: Database, id: string): Promise<OutcomeMeasurement> {
  const [row] = await db
    .select({ measurement: outcomeMeasurements, recordedByName: users.name })
    .from(outcomeMeasurements)
    .innerJoin(users, eq(users.id, outcomeMeasurements.recordedById))
    .where(eq(outcomeMeasurements.id, id))
  if (!row) throw new Error('outcome measurement vanished')
  const { measurement: m } = row
  return {
    runId: m.runId,
    personId: m.personId,
    instrumentId: m.instrumentId,
    phase: m.phase,
    score: m.score,
    measuredOn: m.measuredOn,
    recordedBy: { id: m.recordedById, name: row.recordedByName },
    updatedAt: m.updatedAt.toISOString(),
  }
}

/** Records a participant's score for a phase, replacing the one recorded before. */
export async function recordMeasurement(ctx: SignedInContext, key: MeasurementKey, body: RecordOutcomeBody) {
  const { methodology } = await methodologyRun(ctx, key.runId)
  const id = await ctx.db.transaction(async (tx) => {
    const instrument = await instrumentOf(tx, methodology.id, key.instrumentId)
    assertMeasurement(instrument, body)
    await assertParticipant(tx, key.runId, key.personId)
    const values = {
      score: body.score,
      measuredOn: body.measuredOn,
      scoreMin: instrument.scoreMin,
      scoreMax: instrument.scoreMax,
      recordedById: ctx.actor.id,
    }
    const [row] = await tx
      .insert(outcomeMeasurements)
      .values({ ...key, ...values })
      .onConflictDoUpdate({
        target: [
          outcomeMeasurements.runId,
          outcomeMeasurements.personId,
          outcomeMeasurements.instrumentId,
          outcomeMeasurements.phase,
        ],
        set: { ...values, updatedAt: sql`now()` },
      })
      .returning({ id: outcomeMeasurements.id })
    if (!row) throw new Error('outcome measurement upsert returned nothing')
    await audit(
      ctx,
      {
        action: 'outcome_measurement.record',
        entityType: 'group_run',
        entityId: key.runId,
        details: { ...key, score: body.score, measuredOn: body.measuredOn },
      },
      tx,
    )
    return row.id
  })
  return loadMeasurement(ctx.db, id)
}
