import { describe, expect, it } from 'vitest'
import {
  accommodationCentre,
  accommodationState,
  day,
  place,
  placementBody,
  readStay,
  singleAdult,
  stayPath,
} from '../support/accommodation-factories.js'
import { useTestApp } from '../support/app.js'
import { ifMatch } from '../support/family-factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()

async function placedAdult(
  c: Awaited<ReturnType<typeof accommodationCentre>>,
  bedIndex = 0,
  from = day(1),
  until = day(10),
) {
  const family = await singleAdult(t, c.coordinator.auth)
  const placement = await place(
    t,
    c.officer.auth,
    placementBody(
      family.id,
      [{ personId: family.personIds[0] ?? '', bedId: c.bedIds[bedIndex] ?? '' }],
      from,
      until,
    ),
  )
  const stay = placement.stays[0]
  if (!stay) throw new Error('no stay')
  return stay
}

describe('a stay from check-in to check-out', () => {
  it('is checked in, checked out early, and the bed is free from that day', async () => {
    const c = await accommodationCentre(t)
    const stay = await placedAdult(c)
    const checkedIn = await t
      .http()
      .post(`${stayPath(stay.id)}/check-in`)
      .set(c.officer.auth)
      .set(ifMatch(stay.version))
    expect(checkedIn.status, JSON.stringify(checkedIn.body)).toBe(200)
    expect(checkedIn.body).toMatchObject({ status: 'checked_in', checkedInAt: expect.any(String) })
    const early = await t
      .http()
      .post(`${stayPath(stay.id)}/check-out`)
      .set(c.officer.auth)
      .send({ on: day(6) })
    expect(early.status, JSON.stringify(early.body)).toBe(200)
    expect(early.body).toMatchObject({ status: 'checked_out', since: day(1), checkOut: day(6) })
    await placedAdult(c, 0, day(6), day(9))
  })

  it('refuses a check-out before the check-in date and changing a closed stay', async () => {
    const c = await accommodationCentre(t)
    const stay = await placedAdult(c)
    expectProblem(
      await t
        .http()
        .post(`${stayPath(stay.id)}/check-out`)
        .set(c.officer.auth)
        .send({ on: day(3) }),
      409,
      '/problems/invalid-transition',
    )
    await t
      .http()
      .post(`${stayPath(stay.id)}/check-in`)
      .set(c.officer.auth)
    const before = await accommodationState(t.db)
    expectProblem(
      await t
        .http()
        .post(`${stayPath(stay.id)}/check-out`)
        .set(c.officer.auth)
        .send({ on: day(1) }),
      400,
      '/problems/validation',
    )
    expectProblem(
      await t
        .http()
        .post(`${stayPath(stay.id)}/cancel`)
        .set(c.officer.auth)
        .send({ reason: 'Klaida' }),
      409,
      '/problems/invalid-transition',
    )
    expect(await accommodationState(t.db)).toEqual(before)
  })

  it('is extended or shortened only with a fresh If-Match, within the maximum and free nights', async () => {
    const c = await accommodationCentre(t, { maxStayNights: 20 })
    const stay = await placedAdult(c, 0, day(1), day(5))
    await placedAdult(c, 0, day(12), day(15))
    const before = await accommodationState(t.db)
    expectProblem(
      await t
        .http()
        .patch(stayPath(stay.id))
        .set(c.officer.auth)
        .send({ checkOut: day(8) }),
      428,
      '/problems/if-match-required',
    )
    expectProblem(
      await t
        .http()
        .patch(stayPath(stay.id))
        .set(c.officer.auth)
        .set(ifMatch(stay.version + 1))
        .send({ checkOut: day(8) }),
      412,
      '/problems/stale-version',
    )
    expectProblem(
      await t
        .http()
        .patch(stayPath(stay.id))
        .set(c.officer.auth)
        .set(ifMatch(stay.version))
        .send({ checkOut: day(13) }),
      409,
      '/problems/bed-taken',
    )
    expectProblem(
      await t
        .http()
        .patch(stayPath(stay.id))
        .set(c.officer.auth)
        .set(ifMatch(stay.version))
        .send({ checkOut: '2027-03-01' }),
      422,
      '/problems/stay-too-long',
    )
    expectProblem(
      await t
        .http()
        .patch(stayPath(stay.id))
        .set(c.officer.auth)
        .set(ifMatch(stay.version))
        .send({ checkOut: day(1) }),
      400,
      '/problems/validation',
    )
    expectProblem(
      await t
        .http()
        .patch(stayPath(stay.id))
        .set(c.officer.auth)
        .set(ifMatch(stay.version))
        .send({ checkOut: 12 }),
      400,
      '/problems/validation',
    )
    expect(await accommodationState(t.db)).toEqual(before)
    const extended = await t
      .http()
      .patch(stayPath(stay.id))
      .set(c.officer.auth)
      .set(ifMatch(stay.version))
      .send({ checkOut: day(12) })
    expect(extended.status, JSON.stringify(extended.body)).toBe(200)
    expect(extended.body).toMatchObject({ checkOut: day(12), version: stay.version + 1 })
  })

  it('cancels a planned stay and frees its bed', async () => {
    const c = await accommodationCentre(t)
    const stay = await placedAdult(c)
    const cancelled = await t
      .http()
      .post(`${stayPath(stay.id)}/cancel`)
      .set(c.officer.auth)
      .send({ reason: 'Neatvyko.' })
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Neatvyko.' })
    await placedAdult(c)
  })
})

describe('moving a stay to another bed', () => {
  it('ends the stay on the move day and continues it in the other bed', async () => {
    const c = await accommodationCentre(t)
    const stay = await placedAdult(c)
    await t
      .http()
      .post(`${stayPath(stay.id)}/check-in`)
      .set(c.officer.auth)
    const moved = await t
      .http()
      .post(`${stayPath(stay.id)}/move`)
      .set(c.officer.auth)
      .send({ bedId: c.bedIds[1], on: day(4) })
    expect(moved.status, JSON.stringify(moved.body)).toBe(201)
    expect(moved.body).toMatchObject({
      bedId: c.bedIds[1],
      since: day(4),
      checkOut: day(10),
      status: 'checked_in',
      movedFromStayId: stay.id,
    })
    expect(await readStay(t, c.officer.auth, stay.id)).toMatchObject({
      status: 'checked_out',
      checkOut: day(4),
      bedId: c.bedIds[0],
    })
  })

  it('leaves the first stay as it was when the second part fails', async () => {
    const c = await accommodationCentre(t)
    const stay = await placedAdult(c)
    await placedAdult(c, 1, day(6), day(8))
    const first = await readStay(t, c.officer.auth, stay.id)
    const before = await accommodationState(t.db)
    // The first stay is shortened before the new one is written; the bed is taken from day 6, so the write fails.
    const moved = await t
      .http()
      .post(`${stayPath(stay.id)}/move`)
      .set(c.officer.auth)
      .send({ bedId: c.bedIds[1], on: day(4) })
    expectProblem(moved, 409, '/problems/bed-taken')
    expect(await readStay(t, c.officer.auth, stay.id)).toEqual(first)
    expect(await accommodationState(t.db)).toEqual(before)
  })

  it('refuses a day outside the stay, an unknown bed and a stale If-Match', async () => {
    const c = await accommodationCentre(t)
    const other = await accommodationCentre(t)
    const stay = await placedAdult(c)
    const before = await accommodationState(t.db)
    const move = (body: object, headers: Record<string, string> = {}) =>
      t
        .http()
        .post(`${stayPath(stay.id)}/move`)
        .set(c.officer.auth)
        .set(headers)
        .send(body)
    expectProblem(await move({ bedId: c.bedIds[1], on: day(10) }), 400, '/problems/validation')
    expectProblem(await move({ bedId: other.bedIds[0], on: day(4) }), 404, '/problems/not-found')
    expectProblem(
      await move({ bedId: c.bedIds[1], on: day(4) }, ifMatch(stay.version + 3)),
      412,
      '/problems/stale-version',
    )
    expectProblem(await move({ bedId: 'not-a-uuid', on: day(4) }), 400, '/problems/validation')
    expect(await accommodationState(t.db)).toEqual(before)
  })
})

describe("another organisation's stays", () => {
  it('are not found', async () => {
    const c = await accommodationCentre(t)
    const other = await accommodationCentre(t)
    const stay = await placedAdult(c)
    const before = await accommodationState(t.db)
    expectProblem(await t.http().get(stayPath(stay.id)).set(other.officer.auth), 404, '/problems/not-found')
    expectProblem(
      await t
        .http()
        .post(`${stayPath(stay.id)}/check-in`)
        .set(other.officer.auth),
      404,
      '/problems/not-found',
    )
    expectProblem(
      await t
        .http()
        .post(`${stayPath(stay.id)}/cancel`)
        .set(other.coordinator.auth)
        .send({ reason: 'x' }),
      404,
      '/problems/not-found',
    )
    expect(await accommodationState(t.db)).toEqual(before)
  })
})
