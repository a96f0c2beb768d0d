import type { Database } from '../../db/client.js'
import type { methodologies } from '../../db/schema/index.js'
import { BadRequestError, ConflictError } from '../../lib/errors.js'
import type { Period } from '../bookings/period.js'
import { assertCertifiedFacilitators } from '../certifications/facilitation.js'

type Methodology = typeof methodologies.$inferSelect

/**
 * The most persons a run of the methodology holds: its group size and, for couples, two places a couple
 * (a run's capacity counts persons, whichever of the two is lower).
 */
export function groupLimit(methodology: Methodology): number | null {
  const maxCouples = methodology.enrolmentRules.couples?.maxCouples
  const limits = [methodology.maxGroupSize, maxCouples === undefined ? null : maxCouples * 2].filter(
    (limit): limit is number => limit !== null,
  )
  return limits.length > 0 ? Math.min(...limits) : null
}

/** A capacity within the methodology's group limit, or 400 naming it. */
export function assertWithinGroupLimit(methodology: Methodology, capacity: number): void {
  const limit = groupLimit(methodology)
  if (limit !== null && capacity > limit)
    throw new BadRequestError(`A group of ${methodology.name} takes at most ${limit} persons.`, [
      { pointer: '/capacity', code: 'too-large', params: { limit } },
    ])
}

/** A run of a methodology counting couples starts only with at least its fewest couples enrolled, or 409. */
export function assertEnoughCouples(methodology: Methodology, couplesEnrolled: number): void {
  const minCouples = methodology.enrolmentRules.couples?.minCouples
  if (minCouples !== undefined && couplesEnrolled < minCouples)
    throw new ConflictError(
      `A run of ${methodology.name} starts with at least ${minCouples} couples; ${couplesEnrolled} enrolled.`,
      'too-few-couples',
    )
}

/**
 * A run of a methodology: within its group limit, with as many facilitators as it asks for, each certified
 * in it on every session's day.
 */
export async function checkRunMethodology(
  db: Database,
  methodology: Methodology,
  plan: { capacity: number; facilitators: { id: string; name: string }[] },
  periods: Period[],
): Promise<void> {
  assertWithinGroupLimit(methodology, plan.capacity)
  const needed = methodology.facilitatorsPerGroup
  if (plan.facilitators.length < needed)
    throw new ConflictError(
      `A group of ${methodology.name} needs ${needed} facilitators; ${plan.facilitators.length} named.`,
      'too-few-facilitators',
    )
  await assertCertifiedFacilitators(
    db,
    methodology,
    plan.facilitators,
    periods.map((p) => p.startsAt),
  )
}
