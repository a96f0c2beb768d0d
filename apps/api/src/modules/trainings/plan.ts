import { type CreateTrainingBody, ROOM_KINDS } from '@onestop/contracts'
import type { Database } from '../../db/client.js'
import type { Actor } from '../../lib/context.js'
import { BadRequestError, ConflictError } from '../../lib/errors.js'
import { checkRoom } from '../bookings/checks.js'
import type { Period } from '../bookings/period.js'
import { findStaff } from '../certifications/certification-rules.js'
import { assertRoomHolds, runResources } from '../groups/plan.js'
import { sessionPeriod } from '../groups/schedule.js'
import { findMethodology } from '../methodologies/methodologies.js'

/** The sessions asked for, earliest first; they may not overlap one another. */
export function plannedPeriods(sessions: CreateTrainingBody['sessions']): Period[] {
  const sorted = sessions
    .map((s, i) => sessionPeriod(s.startsAt, s.endsAt, `/sessions/${i}`))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
  sorted.forEach((period, i) => {
    const previous = sorted[i - 1]
    if (previous && period.startsAt < previous.endsAt)
      throw new BadRequestError('Two sessions of the training overlap.', [
        { pointer: '/sessions', code: 'sessions-overlap' },
      ])
  })
  return sorted
}

/** The methodology, room and trainers of a new training, checked; throws the first problem. */
export async function checkTrainingPlan(db: Database, actor: Actor, body: CreateTrainingBody) {
  const methodology = await findMethodology(db, actor.organisationId, body.methodologyId)
  if (!methodology.active)
    throw new ConflictError(
      `${methodology.name} is retired: it takes no new trainings.`,
      'invalid-transition',
    )
  if (body.trainerIds.length === 0 && (body.outsideTrainers ?? []).length === 0)
    throw new BadRequestError('A training needs a trainer, of the staff or from outside.', [
      { pointer: '/trainerIds', code: 'required' },
    ])
  const room = body.roomId ? await checkRoom(db, actor, body.roomId, [...ROOM_KINDS]) : null
  assertRoomHolds(body.capacity, room)
  const trainers = []
  for (const userId of body.trainerIds) trainers.push(await findStaff(db, actor.organisationId, userId))
  return { methodology, ...runResources(trainers, room) }
}
