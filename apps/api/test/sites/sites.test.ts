import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { rooms, sites } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { auditRowsOf, createOrganisation, signedInUser, uniqueTag } from '../support/factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()
const SITES = '/api/v1/sites'
const ROOMS = '/api/v1/rooms'
type Staff = Awaited<ReturnType<typeof signedInUser>>
let admin: Staff
let coordinator: Staff
let outsider: Staff

beforeAll(async () => {
  const org = await createOrganisation(t.db)
  admin = await signedInUser(t, { roles: ['admin'], organisationId: org.id })
  coordinator = await signedInUser(t, { roles: ['coordinator'], organisationId: org.id })
  outsider = await signedInUser(t, { roles: ['admin'] })
})

const createSite = async (who: Staff, name = `Site ${uniqueTag()}`) => {
  const response = await t.http().post(SITES).set(who.auth).send({ name, address: 'Vytauto g. 11, Kretinga' })
  expect(response.status).toBe(201)
  return response.body as { id: string; name: string }
}
const roomBody = (siteId: string, overrides: Record<string, unknown> = {}) => ({
  siteId,
  name: `Room ${uniqueTag()}`,
  kind: 'consultation',
  capacity: 3,
  ...overrides,
})
const roomsOf = async (siteId: string) => t.db.select().from(rooms).where(eq(rooms.siteId, siteId))

describe('POST /api/v1/sites', () => {
  it("adds a site in the admin's organisation with its municipality, audited", async () => {
    const response = await t
      .http()
      .post(SITES)
      .set(admin.auth)
      .send({ name: 'Kretingos SPC', address: 'Vytauto g. 11, Kretinga' })
    expect(response.status).toBe(201)
    expect(response.headers.location).toBe(`${SITES}/${response.body.id}`)
    expect(response.body).toMatchObject({
      organisationId: admin.user.organisationId,
      municipality: 'Vilniaus miesto savivaldybė',
      rooms: [],
    })
    expect(await auditRowsOf(t.db, 'site.create', response.body.id)).toHaveLength(1)
  })

  it('refuses a coordinator with 403 and an empty name with 400', async () => {
    expectProblem(
      await t.http().post(SITES).set(coordinator.auth).send({ name: 'X', address: 'Y' }),
      403,
      '/problems/forbidden',
    )
    expectValidationProblem(await t.http().post(SITES).set(admin.auth).send({ name: '', address: 'Y' }), [
      '/name',
    ])
  })
})

describe('PATCH /api/v1/sites/:siteId', () => {
  it('edits an own site and answers 404 for another organisation', async () => {
    const site = await createSite(admin)
    const response = await t
      .http()
      .patch(`${SITES}/${site.id}`)
      .set(admin.auth)
      .send({ address: 'Nauja g. 1' })
    expect(response.status).toBe(200)
    expect(response.body.address).toBe('Nauja g. 1')
    expect(await auditRowsOf(t.db, 'site.update', site.id)).toHaveLength(1)
    expectProblem(
      await t.http().patch(`${SITES}/${site.id}`).set(outsider.auth).send({ address: 'Pavogta g. 1' }),
      404,
      '/problems/not-found',
    )
    const [row] = await t.db.select().from(sites).where(eq(sites.id, site.id))
    expect(row?.address).toBe('Nauja g. 1')
  })
})

describe('GET /api/v1/sites', () => {
  it('lists own sites only, each with its rooms', async () => {
    const site = await createSite(admin)
    await t
      .http()
      .post(ROOMS)
      .set(admin.auth)
      .send(roomBody(site.id, { name: 'B kambarys' }))
    await t
      .http()
      .post(ROOMS)
      .set(admin.auth)
      .send(roomBody(site.id, { name: 'A kambarys' }))
    const theirs = await createSite(outsider)
    const response = await t.http().get(SITES).set(coordinator.auth).query({ limit: 100 })
    expect(response.status).toBe(200)
    const ids = response.body.items.map((s: { id: string }) => s.id)
    expect(ids).toContain(site.id)
    expect(ids).not.toContain(theirs.id)
    const mine = response.body.items.find((s: { id: string }) => s.id === site.id)
    expect(mine.rooms.map((r: { name: string }) => r.name)).toEqual(['A kambarys', 'B kambarys'])
  })
})

describe('GET /api/v1/sites/:siteId', () => {
  it('answers the site its 201 Location names, with its rooms, to any colleague', async () => {
    const created = await t
      .http()
      .post(SITES)
      .set(admin.auth)
      .send({ name: `Site ${uniqueTag()}`, address: 'Vytauto g. 11, Kretinga' })
    await t
      .http()
      .post(ROOMS)
      .set(admin.auth)
      .send(roomBody(created.body.id, { name: 'Kabinetas' }))
    const response = await t.http().get(String(created.headers.location)).set(coordinator.auth)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ id: created.body.id, name: created.body.name })
    expect(response.body.rooms.map((r: { name: string }) => r.name)).toEqual(['Kabinetas'])
  })

  it('answers 404 for another organisation and for an unknown id', async () => {
    const site = await createSite(admin)
    expectProblem(await t.http().get(`${SITES}/${site.id}`).set(outsider.auth), 404, '/problems/not-found')
    expectProblem(
      await t.http().get(`${SITES}/00000000-0000-4000-8000-000000000000`).set(admin.auth),
      404,
      '/problems/not-found',
    )
  })
})

describe('GET /api/v1/rooms/:roomId', () => {
  it('answers the room its 201 Location names; 404 for another organisation or an unknown id', async () => {
    const site = await createSite(admin)
    const created = await t
      .http()
      .post(ROOMS)
      .set(admin.auth)
      .send(roomBody(site.id, { kind: 'children' }))
    const location = String(created.headers.location)
    const response = await t.http().get(location).set(coordinator.auth)
    expect(response.status).toBe(200)
    expect(response.body).toEqual(created.body)
    expectProblem(await t.http().get(location).set(outsider.auth), 404, '/problems/not-found')
    expectProblem(
      await t.http().get(`${ROOMS}/00000000-0000-4000-8000-000000000000`).set(admin.auth),
      404,
      '/problems/not-found',
    )
  })
})

describe('POST /api/v1/rooms', () => {
  it('adds a room to an own site, audited', async () => {
    const site = await createSite(admin)
    const response = await t
      .http()
      .post(ROOMS)
      .set(admin.auth)
      .send(roomBody(site.id, { kind: 'group', capacity: 20 }))
    expect(response.status).toBe(201)
    expect(response.body).toMatchObject({ siteId: site.id, kind: 'group', capacity: 20, active: true })
    expect(await auditRowsOf(t.db, 'room.create', response.body.id)).toHaveLength(1)
  })

  it.each([
    ['a capacity of 0', { capacity: 0 }, ['/capacity']],
    ['an unknown kind', { kind: 'garage' }, ['/kind']],
    ['no name', { name: '' }, ['/name']],
  ])('refuses %s with 400 and adds nothing', async (_, overrides, pointers) => {
    const site = await createSite(admin)
    expectValidationProblem(
      await t.http().post(ROOMS).set(admin.auth).send(roomBody(site.id, overrides)),
      pointers,
    )
    expect(await roomsOf(site.id)).toEqual([])
  })

  it("answers 404 for another organisation's site and 403 for a coordinator", async () => {
    const theirs = await createSite(outsider)
    expectProblem(
      await t.http().post(ROOMS).set(admin.auth).send(roomBody(theirs.id)),
      404,
      '/problems/not-found',
    )
    const ours = await createSite(admin)
    expectProblem(
      await t.http().post(ROOMS).set(coordinator.auth).send(roomBody(ours.id)),
      403,
      '/problems/forbidden',
    )
    expect(await roomsOf(theirs.id)).toEqual([])
    expect(await roomsOf(ours.id)).toEqual([])
  })
})

describe('PATCH /api/v1/rooms/:roomId', () => {
  it('takes a room out of use; another organisation gets 404', async () => {
    const site = await createSite(admin)
    const room = await t.http().post(ROOMS).set(admin.auth).send(roomBody(site.id))
    const response = await t.http().patch(`${ROOMS}/${room.body.id}`).set(admin.auth).send({ active: false })
    expect(response.status).toBe(200)
    expect(response.body.active).toBe(false)
    expect(await auditRowsOf(t.db, 'room.deactivate', room.body.id)).toHaveLength(1)
    expectProblem(
      await t.http().patch(`${ROOMS}/${room.body.id}`).set(outsider.auth).send({ active: true }),
      404,
      '/problems/not-found',
    )
    expectValidationProblem(
      await t.http().patch(`${ROOMS}/${room.body.id}`).set(admin.auth).send({ capacity: -1 }),
      ['/capacity'],
    )
    const [row] = await roomsOf(site.id)
    expect(row).toMatchObject({ active: false, capacity: 3 })
  })
})

describe('GET /api/v1/rooms', () => {
  it('filters by site, kind and active, within the organisation', async () => {
    const site = await createSite(admin)
    const post = (overrides: Record<string, unknown>) =>
      t.http().post(ROOMS).set(admin.auth).send(roomBody(site.id, overrides))
    await post({ name: 'Grupių salė', kind: 'group', capacity: 20 })
    await post({ name: 'Kabinetas', kind: 'consultation' })
    await post({ name: 'Senas kabinetas', kind: 'consultation', active: false })
    const list = async (query: Record<string, unknown>) =>
      (
        await t
          .http()
          .get(ROOMS)
          .set(coordinator.auth)
          .query({ siteId: site.id, ...query })
      ).body.items.map((r: { name: string }) => r.name)
    expect(await list({})).toEqual(['Grupių salė', 'Kabinetas', 'Senas kabinetas'])
    expect(await list({ kind: 'consultation', active: true })).toEqual(['Kabinetas'])
    expect(await list({ limit: 1 })).toEqual(['Grupių salė'])
    const foreign = await t.http().get(ROOMS).set(outsider.auth).query({ siteId: site.id })
    expect(foreign.body.items).toEqual([])
  })
})
