import type { MethodologyOutcomes } from '@onestop/contracts'
import { and, asc, eq, sql } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { enrolments, groupRuns, outcomeMeasurements } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { instrumentsOf } from './instruments.js'
import { findMethodology } from './methodologies.js'
import { instrumentFields } from './methodology-view.js'

const baseline = alias(outcomeMeasurements, 'baseline')
const end = alias(outcomeMeasurements, 'end_measurement')

const mean = (total: number, n: number) => (n > 0 ? total / n : null)

/**
 * Per instrument and run, the sum and number of changes (end − baseline) of the run's participants with both
 * scores; the methodology's mean pools every participant of every run, so a large run weighs more.
 */
export async function getMethodologyOutcomes(
  ctx: SignedInContext,
  methodologyId: string,
): Promise<MethodologyOutcomes> {
  await findMethodology(ctx.db, ctx.actor.organisationId, methodologyId)
  const instruments = await instrumentsOf(ctx.db, [methodologyId])
  const runs = await ctx.db
    .select({ runId: groupRuns.id, title: groupRuns.title })
    .from(groupRuns)
    .where(eq(groupRuns.methodologyId, methodologyId))
    .orderBy(asc(groupRuns.createdAt), asc(groupRuns.id))
  const changes = await ctx.db
    .select({
      runId: baseline.runId,
      instrumentId: baseline.instrumentId,
      total: sql<number>`sum(${end.score} - ${baseline.score})::float8`,
      n: sql<number>`count(*)::int`,
    })
    .from(baseline)
    .innerJoin(groupRuns, eq(groupRuns.id, baseline.runId))
    .innerJoin(
      end,
      and(
        eq(end.runId, baseline.runId),
        eq(end.personId, baseline.personId),
        eq(end.instrumentId, baseline.instrumentId),
        eq(end.phase, 'end'),
      ),
    )
    .innerJoin(
      enrolments,
      and(
        eq(enrolments.runId, baseline.runId),
        eq(enrolments.personId, baseline.personId),
        eq(enrolments.status, 'enrolled'),
      ),
    )
    .where(and(eq(groupRuns.methodologyId, methodologyId), eq(baseline.phase, 'baseline')))
    .groupBy(baseline.runId, baseline.instrumentId)
  await audit(ctx, {
    action: 'methodology_outcomes.read',
    entityType: 'methodology',
    entityId: methodologyId,
  })
  return {
    methodologyId,
    instruments: instruments.map((instrument) => {
      const own = changes.filter((c) => c.instrumentId === instrument.id)
      const perRun = runs.map(({ runId, title }) => {
        const found = own.find((c) => c.runId === runId)
        return { runId, title, meanChange: mean(found?.total ?? 0, found?.n ?? 0), withBoth: found?.n ?? 0 }
      })
      const withBoth = own.reduce((sum, c) => sum + c.n, 0)
      return {
        ...instrumentFields(instrument),
        meanChange: mean(
          own.reduce((sum, c) => sum + c.total, 0),
          withBoth,
        ),
        withBoth,
        runs: perRun,
      }
    }),
  }
}
