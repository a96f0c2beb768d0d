import type { TestApp } from '../support/app.js'
import {
  at,
  BOOKINGS,
  bookableFamily,
  bookingBody,
  bookingCentre,
  createRoom,
} from '../support/booking-factories.js'

export function statusCounts(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {}
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1
  return counts
}

/** `n` requests at once booking one specialist for overlapping times, each with its own room and family. */
export async function raceForOneSpecialist(t: TestApp, n: number, day = 12) {
  const c = await bookingCentre(t)
  const families = await Promise.all(Array.from({ length: n }, () => bookableFamily(t, c.coordinator.auth)))
  const rooms = await Promise.all(families.map(() => createRoom(t.db, c.siteId)))
  const responses = await Promise.all(
    families.map((f, i) =>
      t
        .http()
        .post(BOOKINGS)
        .set(c.coordinator.auth)
        .send(
          bookingBody(c, {
            familyId: f.id,
            participantIds: f.personIds,
            roomId: rooms[i]?.id,
            startsAt: at(day, 10, i % 30),
            endsAt: at(day, 11),
          }),
        ),
    ),
  )
  return { c, statuses: responses.map((r) => r.status) }
}
