import { randomUUID } from 'node:crypto'
import type { ServicePackage } from '@onestop/contracts'
import { eq, sql } from 'drizzle-orm'
import { beforeEach, describe, expect, it } from 'vitest'
import { servicePackages } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import {
  addToCaseTeam,
  type BookingCentre,
  type BookingFamily,
  book,
  bookableFamily,
  bookingBody,
  bookingCentre,
  closeAppointment,
  createService,
  familyOfTwo,
  pastAt,
} from '../support/booking-factories.js'
import { auditRowsOf, signedInUser } from '../support/factories.js'
import { ifMatch, type SignedIn } from '../support/family-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'
import { queryRows } from '../support/sql.js'

const t = useTestApp()
const packagesPath = (familyId: string) => `/api/v1/families/${familyId}/service-packages`
const packagePath = (familyId: string, id: string) => `${packagesPath(familyId)}/${id}`

let c: BookingCentre
let family: BookingFamily
let caseManager: SignedIn

beforeEach(async () => {
  c = await bookingCentre(t)
  caseManager = await signedInUser(t, { organisationId: c.organisationId, roles: ['case_manager'] })
  family = await familyOfTwo(t, c.coordinator.auth, { caseManagerId: caseManager.user.id })
})

const packageBody = (overrides: Record<string, unknown> = {}) => ({
  personId: family.personIds[0],
  serviceId: c.serviceId,
  plannedUnits: 15,
  ...overrides,
})

async function createPackage(auth: { authorization: string }, overrides: Record<string, unknown> = {}) {
  const response = await t.http().post(packagesPath(family.id)).set(auth).send(packageBody(overrides))
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as ServicePackage
}

const packageCount = async () =>
  (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from service_packages`))[0]?.n

describe('GET /api/v1/families/:familyId/service-packages', () => {
  it('shows planned against delivered and scheduled per person, and audits the read', async () => {
    const created = await createPackage(caseManager.auth, { plannedUnits: 6 })
    const person = family.personIds[0]
    const booking = (day: number) =>
      bookingBody(c, {
        familyId: family.id,
        participantIds: [person],
        startsAt: pastAt(day, 10),
        endsAt: pastAt(day, 11),
      })
    const done = await book(t, c.coordinator.auth, booking(3))
    await closeAppointment(t, c.coordinator.auth, done.id, 'complete')
    const missed = await book(t, c.coordinator.auth, booking(4))
    await closeAppointment(t, c.coordinator.auth, missed.id, 'no-show')
    await book(t, c.coordinator.auth, bookingBody(c, { familyId: family.id, participantIds: [person] }))
    // Another service does not count against this package.
    const other = await createService(t.db, c.organisationId)
    await book(
      t,
      c.coordinator.auth,
      bookingBody(c, {
        serviceId: other.id,
        familyId: family.id,
        participantIds: [person],
        startsAt: pastAt(5, 9),
        endsAt: pastAt(5, 10),
      }),
    )

    const response = await t.http().get(packagesPath(family.id)).set(caseManager.auth)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.items).toEqual([
      {
        ...created,
        delivered: 1,
        scheduled: 1,
        remaining: 4,
      },
    ])
    expect(created).toMatchObject({
      familyId: family.id,
      person: { id: person, name: expect.stringMatching(/^Asta /) },
      service: { id: c.serviceId, name: 'Psichologo konsultacija' },
      plannedUnits: 6,
      cap: 'soft',
      note: null,
      version: 1,
    })
    expect(await auditRowsOf(t.db, 'package.list', family.id)).toHaveLength(1)
  })

  it('is for those who may see the family: 404 for others', async () => {
    const outsider = await signedInUser(t, { organisationId: c.organisationId, roles: ['specialist'] })
    expectProblem(await t.http().get(packagesPath(family.id)).set(outsider.auth), 404, '/problems/not-found')
    await addToCaseTeam(t.db, family.id, outsider.user.id)
    expect((await t.http().get(packagesPath(family.id)).set(outsider.auth)).status).toBe(200)
  })
})

describe('POST /api/v1/families/:familyId/service-packages', () => {
  it("lets the family's case manager plan a soft package, with Location and ETag, audited", async () => {
    const response = await t
      .http()
      .post(packagesPath(family.id))
      .set(caseManager.auth)
      .send(packageBody({ note: '  Pagal projektą. ' }))
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.headers.location).toBe(packagePath(family.id, response.body.id))
    expect(response.headers.etag).toBe('"1"')
    expect(response.body).toMatchObject({ cap: 'soft', note: 'Pagal projektą.', delivered: 0, remaining: 15 })
    expect(await auditRowsOf(t.db, 'package.create', response.body.id)).toHaveLength(1)
  })

  it('refuses a hard cap to a case manager (403) and lets a coordinator set one', async () => {
    const before = await packageCount()
    const refused = await t
      .http()
      .post(packagesPath(family.id))
      .set(caseManager.auth)
      .send(packageBody({ cap: 'hard' }))
    expectProblem(refused, 403, '/problems/forbidden')
    expect(await packageCount()).toBe(before)
    expect((await createPackage(c.coordinator.auth, { cap: 'hard' })).cap).toBe('hard')
  })

  it('answers 409 for a second package of one person and service, changing nothing', async () => {
    await createPackage(caseManager.auth)
    const before = await packageCount()
    const again = await t
      .http()
      .post(packagesPath(family.id))
      .set(caseManager.auth)
      .send(packageBody({ plannedUnits: 3 }))
    expectProblem(again, 409, '/problems/duplicate-package')
    expect(await packageCount()).toBe(before)
    // The other member may have one.
    await createPackage(caseManager.auth, { personId: family.personIds[1] })
  })

  it('refuses someone who is not a current member, an unknown service and bad units with 400', async () => {
    const stranger = (await bookableFamily(t, c.coordinator.auth)).personIds[0]
    const before = await packageCount()
    const post = (overrides: Record<string, unknown>) =>
      t.http().post(packagesPath(family.id)).set(caseManager.auth).send(packageBody(overrides))
    expectValidationProblem(await post({ personId: stranger }), ['/personId'])
    expectValidationProblem(await post({ serviceId: randomUUID() }), ['/serviceId'])
    const foreignService = await createService(t.db, (await signedInUser(t)).user.organisationId)
    expectValidationProblem(await post({ serviceId: foreignService.id }), ['/serviceId'])
    expectValidationProblem(await post({ plannedUnits: 0 }), ['/plannedUnits'])
    expectValidationProblem(await post({ plannedUnits: 1001 }), ['/plannedUnits'])
    expectValidationProblem(await post({ cap: 'firm' }), ['/cap'])
    expect(await packageCount()).toBe(before)
  })

  it('is for those who manage the case: 403 for a specialist on the team, 404 for a stranger', async () => {
    const specialistOnTeam = await signedInUser(t, {
      organisationId: c.organisationId,
      roles: ['specialist'],
    })
    await addToCaseTeam(t.db, family.id, specialistOnTeam.user.id)
    expectProblem(
      await t.http().post(packagesPath(family.id)).set(specialistOnTeam.auth).send(packageBody()),
      403,
      '/problems/forbidden',
    )
    const otherCaseManager = await signedInUser(t, {
      organisationId: c.organisationId,
      roles: ['case_manager'],
    })
    expectProblem(
      await t.http().post(packagesPath(family.id)).set(otherCaseManager.auth).send(packageBody()),
      404,
      '/problems/not-found',
    )
  })
})

describe('PATCH and DELETE /api/v1/families/:familyId/service-packages/:packageId', () => {
  it('changes units and note with If-Match, and answers 428 and 412 otherwise', async () => {
    const created = await createPackage(caseManager.auth)
    const patch = (headers: Record<string, string>, body: Record<string, unknown>) =>
      t
        .http()
        .patch(packagePath(family.id, created.id))
        .set({ ...caseManager.auth, ...headers })
        .send(body)
    expectProblem(await patch({}, { plannedUnits: 20 }), 428, '/problems/if-match-required')
    expectProblem(await patch(ifMatch(7), { plannedUnits: 20 }), 412, '/problems/stale-version')
    const changed = await patch(ifMatch(1), { plannedUnits: 20, note: 'Daugiau.' })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.headers.etag).toBe('"2"')
    expect(changed.body).toMatchObject({ plannedUnits: 20, note: 'Daugiau.', version: 2, remaining: 20 })
    const cleared = await patch(ifMatch(2), { note: null })
    expect(cleared.body.note).toBeNull()
    expectProblem(await patch(ifMatch(3), {}), 400, '/problems/validation')
    expect(await auditRowsOf(t.db, 'package.update', created.id)).toHaveLength(2)
  })

  it('keeps hard caps to coordinators: a case manager may neither set, change nor remove one', async () => {
    const soft = await createPackage(caseManager.auth)
    const hard = await createPackage(c.coordinator.auth, { personId: family.personIds[1], cap: 'hard' })
    const as = (who: SignedIn, id: string, version: number) => ({
      patch: (body: Record<string, unknown>) =>
        t
          .http()
          .patch(packagePath(family.id, id))
          .set({ ...who.auth, ...ifMatch(version) })
          .send(body),
      delete: () =>
        t
          .http()
          .delete(packagePath(family.id, id))
          .set({ ...who.auth, ...ifMatch(version) }),
    })
    expectProblem(await as(caseManager, soft.id, 1).patch({ cap: 'hard' }), 403, '/problems/forbidden')
    expectProblem(await as(caseManager, hard.id, 1).patch({ plannedUnits: 30 }), 403, '/problems/forbidden')
    expectProblem(await as(caseManager, hard.id, 1).patch({ cap: 'soft' }), 403, '/problems/forbidden')
    expectProblem(await as(caseManager, hard.id, 1).delete(), 403, '/problems/forbidden')
    const [row] = await t.db.select().from(servicePackages).where(eq(servicePackages.id, hard.id))
    expect(row).toMatchObject({ cap: 'hard', plannedUnits: 15, version: 1 })
    // A note on a hard package is not a change of the cap.
    expect((await as(caseManager, hard.id, 1).patch({ note: 'Pastaba.' })).status).toBe(200)
    expect((await as(c.coordinator, hard.id, 2).patch({ plannedUnits: 30 })).body.plannedUnits).toBe(30)
  })

  it("deletes with If-Match, audited; an unknown or another family's package is 404", async () => {
    const created = await createPackage(caseManager.auth)
    const del = (familyId: string, id: string, headers: Record<string, string> = ifMatch(1)) =>
      t
        .http()
        .delete(packagePath(familyId, id))
        .set({ ...caseManager.auth, ...headers })
    expectProblem(await del(family.id, randomUUID()), 404, '/problems/not-found')
    const other = await familyOfTwo(t, c.coordinator.auth, { caseManagerId: caseManager.user.id })
    expectProblem(await del(other.id, created.id), 404, '/problems/not-found')
    expectProblem(await del(family.id, created.id, {}), 428, '/problems/if-match-required')
    expectProblem(await del(family.id, created.id, ifMatch(2)), 412, '/problems/stale-version')
    expect(await packageCount()).toBeGreaterThan(0)
    const response = await del(family.id, created.id)
    expect(response.status).toBe(204)
    expect(await t.db.select().from(servicePackages).where(eq(servicePackages.id, created.id))).toEqual([])
    expect(await auditRowsOf(t.db, 'package.delete', created.id)).toHaveLength(1)
  })
})
