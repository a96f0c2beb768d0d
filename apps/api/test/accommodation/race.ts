import {
  type AccommodationCentre,
  accommodationCentre,
  day,
  PLACEMENTS,
  placementBody,
  singleAdult,
} from '../support/accommodation-factories.js'
import type { TestApp } from '../support/app.js'

/** `n` requests at once placing different persons in one bed for overlapping nights. */
export async function raceForOneBed(t: TestApp, n: number, c?: AccommodationCentre) {
  const centre = c ?? (await accommodationCentre(t, { bedCount: 1 }))
  const families = await Promise.all(Array.from({ length: n }, () => singleAdult(t, centre.coordinator.auth)))
  const bedId = centre.bedIds[0] ?? ''
  const responses = await Promise.all(
    families.map((f, i) =>
      t
        .http()
        .post(PLACEMENTS)
        .set(centre.officer.auth)
        .send(placementBody(f.id, [{ personId: f.personIds[0] ?? '', bedId }], day(1 + (i % 5)), day(10))),
    ),
  )
  return { centre, bedId, statuses: responses.map((r) => r.status) }
}

/** `n` requests at once placing one person in `n` different beds for the same night. */
export async function raceForOnePerson(t: TestApp, n: number) {
  const centre = await accommodationCentre(t, { bedCount: n })
  const family = await singleAdult(t, centre.coordinator.auth)
  const personId = family.personIds[0] ?? ''
  const responses = await Promise.all(
    centre.bedIds.map((bedId) =>
      t
        .http()
        .post(PLACEMENTS)
        .set(centre.officer.auth)
        .send(placementBody(family.id, [{ personId, bedId }], day(14), day(15))),
    ),
  )
  return { centre, personId, statuses: responses.map((r) => r.status) }
}
