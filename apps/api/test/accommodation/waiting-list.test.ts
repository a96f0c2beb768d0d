import type { WaitingRequest } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { families } from '../../src/db/schema/index.js'
import {
  ACCOMMODATION,
  accommodationCentre,
  accommodationState,
  day,
  motherAndTwoChildren,
  PLACEMENTS,
  place,
  placementBody,
  singleAdult,
} from '../support/accommodation-factories.js'
import type { TestApp } from '../support/app.js'
import { useTestApp } from '../support/app.js'
import { addToCaseTeam } from '../support/booking-factories.js'
import { signedInUser } from '../support/factories.js'
import { type Auth, auditOf, ifMatch } from '../support/family-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()
const WAITING = `${ACCOMMODATION}/waiting-list`
const requestPath = (id: string) => `${WAITING}/${id}`

const requestBody = (familyId: string, extra: Record<string, unknown> = {}) => ({
  familyId,
  facilityKind: 'crisis_accommodation',
  neededFrom: day(1),
  priority: 'normal',
  reason: 'Grįžti namo nesaugu.',
  ...extra,
})

async function ask(app: TestApp, auth: Auth, body: object): Promise<WaitingRequest> {
  const response = await app.http().post(WAITING).set(auth).send(body)
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as WaitingRequest
}

async function readRequest(auth: Auth, id: string): Promise<WaitingRequest> {
  const response = await t.http().get(requestPath(id)).set(auth)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body as WaitingRequest
}

/** Sets when a request was made, so the order does not hang on the clock's resolution. */
const requestedAt = (id: string, at: string) =>
  t.db.execute(sql`update waiting_requests set requested_at = ${at}::timestamptz where id = ${id}`)

describe('the waiting list', () => {
  it('orders urgent, high, normal and within each the earliest request first, across pages', async () => {
    const c = await accommodationCentre(t)
    const family = await singleAdult(t, c.coordinator.auth)
    const specs = [
      ['normal', '2027-01-01T08:00:00Z'],
      ['urgent', '2027-01-03T08:00:00Z'],
      ['high', '2027-01-02T08:00:00Z'],
      ['urgent', '2027-01-02T09:00:00Z'],
      ['normal', '2027-01-01T07:00:00Z', 'long_term_accommodation'],
    ] as const
    const ids: string[] = []
    for (const [priority, at, kind] of specs) {
      const created = await ask(
        t,
        c.officer.auth,
        requestBody(family.id, { priority, ...(kind ? { facilityKind: kind } : {}) }),
      )
      await requestedAt(created.id, at)
      ids.push(created.id)
    }
    const [normal, urgentLate, high, urgentEarly, normalLongTerm] = ids

    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: { status: number; body: { items: WaitingRequest[]; nextCursor: string | null } } = await t
        .http()
        .get(WAITING)
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set(c.officer.auth)
      expect(page.status, JSON.stringify(page.body)).toBe(200)
      seen.push(...page.body.items.map((item) => item.id))
      cursor = page.body.nextCursor
    } while (cursor)
    expect(seen).toEqual([urgentEarly, urgentLate, high, normalLongTerm, normal])

    const crisis = await t
      .http()
      .get(WAITING)
      .query({ facilityKind: 'crisis_accommodation', status: 'open' })
      .set(c.officer.auth)
    expect(crisis.body.items.map((item: WaitingRequest) => item.id)).toEqual([
      urgentEarly,
      urgentLate,
      high,
      normal,
    ])
    const withdrawn = await t.http().get(WAITING).query({ status: 'withdrawn' }).set(c.officer.auth)
    expect(withdrawn.body.items).toEqual([])
    expectProblem(
      await t.http().get(WAITING).query({ cursor: 'bm90LWEtY3Vyc29y' }).set(c.officer.auth),
      400,
      '/problems/validation',
    )
  })

  it('asks for the whole family when no member is named, and names them', async () => {
    const c = await accommodationCentre(t)
    const family = await motherAndTwoChildren(t, c.coordinator.auth)
    const whole = await ask(t, c.officer.auth, requestBody(family.id, { priority: 'urgent' }))
    expect(whole).toMatchObject({ status: 'open', priority: 'urgent', closedAt: null, version: 1 })
    expect(whole.members.map((m) => m.personId).sort()).toEqual([...family.personIds].sort())
    const some = await ask(t, c.officer.auth, requestBody(family.id, { memberIds: [family.personIds[1]] }))
    expect(some.members.map((m) => m.personId)).toEqual([family.personIds[1]])
  })

  it('refuses bad input', async () => {
    const c = await accommodationCentre(t)
    const family = await singleAdult(t, c.coordinator.auth)
    const stranger = await singleAdult(t, c.coordinator.auth)
    expectValidationProblem(
      await t
        .http()
        .post(WAITING)
        .set(c.officer.auth)
        .send(requestBody(family.id, { priority: 'whenever' })),
      ['/priority'],
    )
    expectValidationProblem(
      await t
        .http()
        .post(WAITING)
        .set(c.officer.auth)
        .send(requestBody(family.id, { memberIds: [stranger.personIds[0]] })),
      ['/memberIds/0'],
    )
    expectValidationProblem(
      await t
        .http()
        .post(WAITING)
        .set(c.officer.auth)
        .send(requestBody(family.id, { reason: '  ' })),
      ['/reason'],
    )
    expectProblem(
      await t
        .http()
        .post(WAITING)
        .set(c.officer.auth)
        .send(requestBody('00000000-0000-4000-8000-000000000000')),
      404,
      '/problems/not-found',
    )
  })

  it('changes and withdraws an open request with If-Match, and no more once closed', async () => {
    const c = await accommodationCentre(t)
    const family = await singleAdult(t, c.coordinator.auth)
    const created = await ask(t, c.officer.auth, requestBody(family.id))
    expectProblem(
      await t.http().patch(requestPath(created.id)).set(c.officer.auth).send({ priority: 'high' }),
      428,
      '/problems/if-match-required',
    )
    const changed = await t
      .http()
      .patch(requestPath(created.id))
      .set({ ...c.officer.auth, ...ifMatch(1) })
      .send({ priority: 'high', reason: 'Vaikai serga.' })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.body).toMatchObject({ priority: 'high', reason: 'Vaikai serga.', version: 2 })
    expect(changed.headers.etag).toBe('"2"')
    expectProblem(
      await t
        .http()
        .post(`${requestPath(created.id)}/withdraw`)
        .set({ ...c.officer.auth, ...ifMatch(1) })
        .send({ reason: 'Apsigyveno pas gimines.' }),
      412,
      '/problems/stale-version',
    )
    const withdrawn = await t
      .http()
      .post(`${requestPath(created.id)}/withdraw`)
      .set({ ...c.officer.auth, ...ifMatch(2) })
      .send({ reason: 'Apsigyveno pas gimines.' })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    expect(withdrawn.body).toMatchObject({
      status: 'withdrawn',
      withdrawReason: 'Apsigyveno pas gimines.',
      closedBy: { id: c.officer.user.id },
      version: 3,
    })
    expectProblem(
      await t
        .http()
        .post(`${requestPath(created.id)}/withdraw`)
        .set({ ...c.officer.auth, ...ifMatch(3) })
        .send({ reason: 'Dar kartą.' }),
      409,
      '/problems/waiting-request-closed',
    )
    expectProblem(
      await t
        .http()
        .patch(requestPath(created.id))
        .set({ ...c.officer.auth, ...ifMatch(3) })
        .send({ priority: 'urgent' }),
      409,
      '/problems/waiting-request-closed',
    )
    const actions = (await auditOf(t.db, c.officer.user.id)).map((entry) => entry.action)
    expect(actions).toEqual(
      expect.arrayContaining([
        'waiting_request.create',
        'waiting_request.update',
        'waiting_request.withdraw',
      ]),
    )
  })
})

describe('placing from the waiting list', () => {
  it('closes the request in the placement once all its members are placed', async () => {
    const c = await accommodationCentre(t)
    const family = await motherAndTwoChildren(t, c.coordinator.auth)
    const [mother = '', son = '', daughter = ''] = family.personIds
    const [bed1 = '', bed2 = '', bed3 = ''] = c.bedIds
    const request = await ask(t, c.officer.auth, requestBody(family.id, { priority: 'urgent' }))

    const motherFirst = await place(t, c.officer.auth, {
      ...placementBody(family.id, [{ personId: mother, bedId: bed1 }]),
      waitingRequestId: request.id,
    })
    expect(motherFirst.stays).toHaveLength(1)
    expect(await readRequest(c.officer.auth, request.id)).toMatchObject({ status: 'open', version: 1 })

    await place(t, c.officer.auth, {
      ...placementBody(family.id, [
        { personId: son, bedId: bed2 },
        { personId: daughter, bedId: bed3 },
      ]),
      waitingRequestId: request.id,
    })
    const placed = await readRequest(c.officer.auth, request.id)
    expect(placed).toMatchObject({ status: 'placed', closedBy: { id: c.officer.user.id }, version: 2 })
    expect(placed.closedAt).not.toBeNull()
    const actions = (await auditOf(t.db, c.officer.user.id)).map((entry) => entry.action)
    expect(actions).toEqual(
      expect.arrayContaining([
        'waiting_request.place_partly',
        'waiting_request.place',
        'waiting_request.read',
      ]),
    )
  })

  it('leaves the request open when the placement is refused, and refuses closed or foreign requests', async () => {
    const c = await accommodationCentre(t)
    const family = await singleAdult(t, c.coordinator.auth)
    const other = await singleAdult(t, c.coordinator.auth)
    const [bed1 = '', bed2 = ''] = c.bedIds
    await place(
      t,
      c.officer.auth,
      placementBody(other.id, [{ personId: other.personIds[0] ?? '', bedId: bed1 }]),
    )
    const request = await ask(t, c.officer.auth, requestBody(family.id))
    const otherRequest = await ask(t, c.officer.auth, requestBody(other.id))
    const before = await accommodationState(t.db)
    const mine = (bedId: string, waitingRequestId: string) => ({
      ...placementBody(family.id, [{ personId: family.personIds[0] ?? '', bedId }]),
      waitingRequestId,
    })

    expectProblem(
      await t.http().post(PLACEMENTS).set(c.officer.auth).send(mine(bed1, request.id)),
      409,
      '/problems/bed-taken',
    )
    expectProblem(
      await t.http().post(PLACEMENTS).set(c.officer.auth).send(mine(bed2, otherRequest.id)),
      422,
      '/problems/waiting-request-mismatch',
    )
    expectProblem(
      await t
        .http()
        .post(PLACEMENTS)
        .set(c.officer.auth)
        .send(mine(bed2, '00000000-0000-4000-8000-000000000000')),
      404,
      '/problems/not-found',
    )
    expect(await accommodationState(t.db)).toEqual(before)
    expect(await readRequest(c.officer.auth, request.id)).toMatchObject({ status: 'open', version: 1 })

    await t
      .http()
      .post(`${requestPath(request.id)}/withdraw`)
      .set({ ...c.officer.auth, ...ifMatch(1) })
      .send({ reason: 'Nebereikia.' })
    expectProblem(
      await t.http().post(PLACEMENTS).set(c.officer.auth).send(mine(bed2, request.id)),
      409,
      '/problems/waiting-request-closed',
    )
    expect(await accommodationState(t.db)).toEqual(before)
  })
})

describe('who may use the waiting list', () => {
  it("lets a family's case manager ask and read, not withdraw; others see nothing", async () => {
    const c = await accommodationCentre(t)
    const family = await singleAdult(t, c.coordinator.auth)
    const caseManager = await signedInUser(t, { organisationId: c.organisationId, roles: ['case_manager'] })
    const notTheirs = await signedInUser(t, { organisationId: c.organisationId, roles: ['case_manager'] })
    const specialist = await signedInUser(t, { organisationId: c.organisationId, roles: ['specialist'] })
    await t.db.execute(
      sql`update ${families} set case_manager_id = ${caseManager.user.id} where id = ${family.id}`,
    )
    await addToCaseTeam(t.db, family.id, caseManager.user.id)

    const asked = await ask(t, caseManager.auth, requestBody(family.id, { priority: 'high' }))
    expect(asked.requestedBy.id).toBe(caseManager.user.id)
    expect((await readRequest(caseManager.auth, asked.id)).id).toBe(asked.id)
    const listed = await t.http().get(WAITING).set(caseManager.auth)
    expect(listed.body.items.map((item: WaitingRequest) => item.id)).toEqual([asked.id])
    expectProblem(
      await t
        .http()
        .post(`${requestPath(asked.id)}/withdraw`)
        .set({ ...caseManager.auth, ...ifMatch(1) })
        .send({ reason: 'Ne.' }),
      403,
      '/problems/forbidden',
    )

    expectProblem(
      await t.http().post(WAITING).set(notTheirs.auth).send(requestBody(family.id)),
      404,
      '/problems/not-found',
    )
    expectProblem(await t.http().get(requestPath(asked.id)).set(notTheirs.auth), 404, '/problems/not-found')
    expect((await t.http().get(WAITING).set(notTheirs.auth)).body.items).toEqual([])
    expectProblem(await t.http().get(WAITING).set(specialist.auth), 403, '/problems/forbidden')

    const elsewhere = await accommodationCentre(t)
    expectProblem(
      await t.http().get(requestPath(asked.id)).set(elsewhere.officer.auth),
      404,
      '/problems/not-found',
    )
    expect((await t.http().get(WAITING).set(elsewhere.officer.auth)).body.items).toEqual([])
    expect((await auditOf(t.db, caseManager.user.id)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['waiting_request.create', 'waiting_request.read', 'waiting_request.list']),
    )
  })
})
