import type { InstrumentOutcome, OutcomePhase, RunOutcomes } from '@onestop/contracts'
import { eq } from 'drizzle-orm'
import { outcomeMeasurements } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { instrumentsOf } from '../methodologies/instruments.js'
import { type InstrumentRow, instrumentFields } from '../methodologies/methodology-view.js'
import { methodologyRun, participantsOf } from './participants.js'

type Participant = { personId: string; name: string }
type Measurement = typeof outcomeMeasurements.$inferSelect
type PhaseScore = { score: number; measuredOn: string } | null

const scoreOf = (measurements: Measurement[], personId: string, phase: OutcomePhase): PhaseScore => {
  const found = measurements.find((m) => m.personId === personId && m.phase === phase)
  return found ? { score: found.score, measuredOn: found.measuredOn } : null
}

/** Each participant's scores and change on one instrument, and the mean change over those with both. */
export function instrumentOutcome(
  instrument: InstrumentRow,
  participants: Participant[],
  measurements: Measurement[],
): InstrumentOutcome {
  const own = measurements.filter((m) => m.instrumentId === instrument.id)
  const rows = participants.map(({ personId, name }) => {
    const baseline = scoreOf(own, personId, 'baseline')
    const end = scoreOf(own, personId, 'end')
    const change = baseline && end ? end.score - baseline.score : null
    const improved = change === null ? null : instrument.higherIsBetter ? change > 0 : change < 0
    return { personId, name, baseline, end, change, improved }
  })
  const changes = rows.flatMap((r) => (r.change === null ? [] : [r.change]))
  return {
    ...instrumentFields(instrument),
    participants: rows,
    meanChange: changes.length ? changes.reduce((sum, c) => sum + c, 0) / changes.length : null,
    withBoth: changes.length,
    improvedCount: rows.filter((r) => r.improved).length,
  }
}

export async function getRunOutcomes(ctx: SignedInContext, runId: string): Promise<RunOutcomes> {
  const { methodology } = await methodologyRun(ctx, runId)
  const instruments = await instrumentsOf(ctx.db, [methodology.id])
  const participants = await participantsOf(ctx.db, runId)
  const measurements = await ctx.db
    .select()
    .from(outcomeMeasurements)
    .where(eq(outcomeMeasurements.runId, runId))
  await audit(ctx, {
    action: 'group_outcomes.read',
    entityType: 'group_run',
    entityId: runId,
    details: { personIds: participants.map((p) => p.personId) },
  })
  return {
    runId,
    methodology: { id: methodology.id, name: methodology.name },
    instruments: instruments.map((i) => instrumentOutcome(i, participants, measurements)),
  }
}
