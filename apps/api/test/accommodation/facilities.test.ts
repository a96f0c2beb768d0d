import { describe, expect, it } from 'vitest'
import { ACCOMMODATION, accommodationCentre, day } from '../support/accommodation-factories.js'
import { useTestApp } from '../support/app.js'
import { signedInUser } from '../support/factories.js'
import { ifMatch } from '../support/family-factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()

describe('facilities, rooms and beds', () => {
  it('are set up by an accommodation officer and read back whole', async () => {
    const c = await accommodationCentre(t, { bedCount: 2 })
    expect(c.facility.rooms).toHaveLength(1)
    expect(c.facility.rooms[0]?.beds.map((b) => b.active)).toEqual([true, true])
    const list = await t.http().get(`${ACCOMMODATION}/facilities`).set(c.coordinator.auth)
    expect(list.status).toBe(200)
    expect(list.body.items.map((f: { id: string }) => f.id)).toEqual([c.facility.id])
  })

  it('changes a facility only with the version read (If-Match), else 412 or 428', async () => {
    const c = await accommodationCentre(t)
    const path = `${ACCOMMODATION}/facilities/${c.facility.id}`
    expectProblem(
      await t.http().patch(path).set(c.officer.auth).send({ maxStayNights: 30 }),
      428,
      '/problems/if-match-required',
    )
    const stale = await t
      .http()
      .patch(path)
      .set(c.officer.auth)
      .set(ifMatch(c.facility.version + 1))
      .send({ maxStayNights: 30 })
    expectProblem(stale, 412, '/problems/stale-version')
    const ok = await t
      .http()
      .patch(path)
      .set(c.officer.auth)
      .set(ifMatch(c.facility.version))
      .send({ maxStayNights: 30 })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect(ok.body).toMatchObject({ maxStayNights: 30, version: c.facility.version + 1 })
    expect(ok.headers.etag).toBe(`"${c.facility.version + 1}"`)
  })

  it('updates a bed with If-Match and refuses a stale one', async () => {
    const c = await accommodationCentre(t)
    const bed = c.facility.rooms[0]?.beds[0]
    if (!bed) throw new Error('no bed')
    const path = `${ACCOMMODATION}/beds/${bed.id}`
    const ok = await t.http().patch(path).set(c.officer.auth).set(ifMatch(bed.version)).send({ cot: true })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect(ok.body).toMatchObject({ cot: true, version: bed.version + 1 })
    expectProblem(
      await t.http().patch(path).set(c.officer.auth).set(ifMatch(bed.version)).send({ cot: false }),
      412,
      '/problems/stale-version',
    )
  })

  it("refuses another organisation's site and facility", async () => {
    const c = await accommodationCentre(t)
    const other = await accommodationCentre(t)
    const created = await t
      .http()
      .post(`${ACCOMMODATION}/facilities`)
      .set(c.officer.auth)
      .send({ siteId: other.siteId, kind: 'crisis_night_shelter', name: 'Naktinė', maxStayNights: 1 })
    expectProblem(created, 400, '/problems/validation')
    expectProblem(
      await t.http().get(`${ACCOMMODATION}/facilities/${other.facility.id}`).set(c.officer.auth),
      404,
      '/problems/not-found',
    )
  })

  it('lets only admins, coordinators and accommodation officers manage them', async () => {
    const c = await accommodationCentre(t)
    const specialist = await signedInUser(t, { organisationId: c.organisationId, roles: ['specialist'] })
    const created = await t
      .http()
      .post(`${ACCOMMODATION}/facilities`)
      .set(specialist.auth)
      .send({ siteId: c.siteId, kind: 'crisis_night_shelter', name: 'Naktinė', maxStayNights: 1 })
    expectProblem(created, 403, '/problems/forbidden')
  })

  it('records out-of-service periods, lists and removes them', async () => {
    const c = await accommodationCentre(t)
    const path = `${ACCOMMODATION}/beds/${c.bedIds[0]}/out-of-service`
    const bad = await t
      .http()
      .post(path)
      .set(c.officer.auth)
      .send({ from: day(5), until: day(5), reason: 'Remontas' })
    expectProblem(bad, 400, '/problems/validation')
    const created = await t
      .http()
      .post(path)
      .set(c.officer.auth)
      .send({ from: day(3), until: day(6), reason: 'Remontas' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({ from: day(3), until: day(6), reason: 'Remontas' })
    const list = await t.http().get(path).set(c.officer.auth)
    expect(list.body.items).toHaveLength(1)
    const deleted = await t.http().delete(`${path}/${created.body.id}`).set(c.officer.auth)
    expect(deleted.status).toBe(204)
    expect((await t.http().get(path).set(c.officer.auth)).body.items).toHaveLength(0)
  })
})
