import { and, asc, countDistinct, eq, inArray, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { enrolments, groupRuns, methodologies } from '../../db/schema/index.js'

/** What a run has room for: persons, and couples where its methodology counts them. */
export interface Places {
  free: number
  waitlisted: number
  couplesEnrolled: number
  maxCouples: number | null
}

/** The run's places now; the caller holds the run's row lock. */
export async function placesOf(tx: Database, runId: string): Promise<Places> {
  const [run] = await tx
    .select({
      free: sql<number>`${groupRuns.capacity} - ${groupRuns.enrolledCount}`,
      rules: methodologies.enrolmentRules,
    })
    .from(groupRuns)
    .leftJoin(methodologies, eq(methodologies.id, groupRuns.methodologyId))
    .where(eq(groupRuns.id, runId))
  if (!run) throw new Error(`group run ${runId} vanished`)
  const [counts] = await tx
    .select({
      waitlisted: sql<number>`count(*) filter (where ${enrolments.status} = 'waitlisted')::int`,
      couplesEnrolled: countDistinct(
        sql`case when ${enrolments.status} = 'enrolled' then ${enrolments.coupleId} end`,
      ),
    })
    .from(enrolments)
    .where(eq(enrolments.runId, runId))
  return {
    free: run.free,
    waitlisted: counts?.waitlisted ?? 0,
    couplesEnrolled: counts?.couplesEnrolled ?? 0,
    maxCouples: run.rules?.couples?.maxCouples ?? null,
  }
}

/** Whether persons enrolling together (a couple when `couple`) take places now. */
export const fits = (places: Places, persons: number, couple: boolean): boolean =>
  persons <= places.free &&
  !(couple && places.maxCouples !== null && places.couplesEnrolled >= places.maxCouples)

/**
 * Fills the run's free places from the waitlist in queue order, a couple together, stopping at the first
 * who do not fit. The caller holds the run's row lock, so nobody enrols in between.
 */
export async function promoteFromWaitlist(tx: Database, runId: string): Promise<string[]> {
  const places = await placesOf(tx, runId)
  if (places.free <= 0 || places.waitlisted === 0) return []
  const waiting = await tx
    .select({ id: enrolments.id, coupleId: enrolments.coupleId })
    .from(enrolments)
    .where(and(eq(enrolments.runId, runId), eq(enrolments.status, 'waitlisted')))
    .orderBy(asc(enrolments.queuePosition))
  const units = new Map<string, { couple: boolean; ids: string[] }>()
  for (const { id, coupleId } of waiting) {
    const unit = units.get(coupleId ?? id) ?? { couple: coupleId !== null, ids: [] }
    units.set(coupleId ?? id, { ...unit, ids: [...unit.ids, id] })
  }
  const ids: string[] = []
  for (const unit of units.values()) {
    if (!fits(places, unit.ids.length, unit.couple)) break
    ids.push(...unit.ids)
    places.free -= unit.ids.length
    if (unit.couple) places.couplesEnrolled += 1
  }
  if (ids.length === 0) return []
  await tx
    .update(enrolments)
    .set({ status: 'enrolled', updatedAt: sql`now()` })
    .where(inArray(enrolments.id, ids))
  await tx
    .update(groupRuns)
    .set({ enrolledCount: sql`${groupRuns.enrolledCount} + ${ids.length}` })
    .where(eq(groupRuns.id, runId))
  return ids
}
