import type { CreateGroupRunBody } from '@onestop/contracts'
import type { Database } from '../../db/client.js'
import type { Actor } from '../../lib/context.js'
import { BadRequestError, ConflictError } from '../../lib/errors.js'
import { checkQualifiedStaff, checkRoom, checkService, checkWorkingTime } from '../bookings/checks.js'
import { describePeriod, type Period } from '../bookings/period.js'
import { firstClash, type Resources } from '../bookings/reservations.js'

type Staff = { id: string; name: string }

/** Who and what a run's sessions take up, with names for conflict messages. */
export interface RunResources extends Resources {
  facilitators: Staff[]
  roomName: string | null
}

export const runResources = (facilitators: Staff[], room: { id: string; name: string } | null) => ({
  facilitators,
  staffIds: facilitators.map((f) => f.id),
  roomId: room?.id ?? null,
  roomName: room?.name ?? null,
})

export function assertRoomHolds(capacity: number, room: { name: string; capacity: number } | null): void {
  if (room && capacity > room.capacity)
    throw new BadRequestError(`The room "${room.name}" holds ${room.capacity}.`, [
      { pointer: '/capacity', code: 'room-too-small', params: { limit: room.capacity } },
    ])
}

/** The service, room, capacity and facilitators of a new run, checked; throws the first problem. */
export async function checkRunPlan(
  db: Database,
  actor: Actor,
  body: Pick<CreateGroupRunBody, 'serviceId' | 'roomId' | 'capacity' | 'facilitatorIds'>,
) {
  const service = await checkService(db, actor, body.serviceId)
  if (service.mode !== 'group' && service.defaultCapacity === null)
    throw new BadRequestError(`"${service.nameLt}" is not a group service.`, [
      { pointer: '/serviceId', code: 'not-a-group-service' },
    ])
  const room = body.roomId ? await checkRoom(db, actor, body.roomId, service.roomKinds) : null
  const capacity = body.capacity ?? service.defaultCapacity
  if (capacity === null)
    throw new BadRequestError('The service has no default capacity; give one.', [
      { pointer: '/capacity', code: 'capacity-required' },
    ])
  assertRoomHolds(capacity, room)
  const facilitators: Staff[] = []
  for (const [i, userId] of body.facilitatorIds.entries()) {
    const staff = await checkQualifiedStaff(
      db,
      actor.organisationId,
      userId,
      service.professions,
      `/facilitatorIds/${i}`,
    )
    facilitators.push({ id: staff.id, name: staff.name })
  }
  return { service, capacity, ...runResources(facilitators, room) }
}

/** Every facilitator works during every session and is not away. */
export async function checkFacilitatorsWork(db: Database, facilitators: Staff[], periods: Period[]) {
  for (const period of periods) for (const staff of facilitators) await checkWorkingTime(db, staff, period)
}

/** The first existing booking of a facilitator or the room during one of the sessions, as a 409 naming it. */
export async function findSessionClash(
  db: Database,
  periods: Period[],
  resources: RunResources,
): Promise<ConflictError | undefined> {
  const clash = await firstClash(db, periods, resources)
  if (!clash) return undefined
  const who =
    clash.kind === 'staff'
      ? (resources.facilitators.find((f) => f.id === clash.resourceId)?.name ?? 'A facilitator')
      : `The room "${resources.roomName ?? ''}"`
  return new ConflictError(
    `${who} is already booked ${describePeriod(clash)} (Vilnius time).`,
    'double-booking',
  )
}
