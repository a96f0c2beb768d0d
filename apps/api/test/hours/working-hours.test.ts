import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { workingHours } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { auditRowsOf, createOrganisation, signedInUser } from '../support/factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'
import { createSite, entry, hoursPath } from './support.js'

const t = useTestApp()
type Staff = Awaited<ReturnType<typeof signedInUser>>
let orgId: string
let siteId: string
let admin: Staff
let coordinator: Staff
let specialist: Staff
let colleague: Staff
let outsider: Staff

beforeAll(async () => {
  orgId = (await createOrganisation(t.db)).id
  siteId = (await createSite(t.db, orgId)).id
  admin = await signedInUser(t, { roles: ['admin'], organisationId: orgId })
  coordinator = await signedInUser(t, { roles: ['coordinator'], organisationId: orgId })
  specialist = await signedInUser(t, {
    roles: ['specialist'],
    professions: ['lawyer'],
    organisationId: orgId,
  })
  colleague = await signedInUser(t, { roles: ['case_manager'], organisationId: orgId })
  outsider = await signedInUser(t, { roles: ['admin'] })
})

const put = (who: Staff, userId: string, entries: unknown[]) =>
  t.http().put(hoursPath(userId)).set(who.auth).send({ entries })
const rowsOf = (userId: string) => t.db.select().from(workingHours).where(eq(workingHours.userId, userId))
const week = (site: string) => [1, 2, 3, 4, 5].map((weekday) => entry(site, { weekday }))

describe('PUT /api/v1/staff/:userId/working-hours', () => {
  it('replaces the weekly pattern for a coordinator, audited', async () => {
    const first = await put(coordinator, specialist.user.id, week(siteId))
    expect(first.status).toBe(200)
    expect(first.body.entries).toHaveLength(5)
    const response = await put(admin, specialist.user.id, [
      entry(siteId, { weekday: 2, startsAt: '13:00', endsAt: '18:00', validTo: '2026-12-31' }),
      entry(siteId, { weekday: 2, startsAt: '08:00', endsAt: '12:00' }),
    ])
    expect(response.status).toBe(200)
    expect(response.body.entries).toMatchObject([
      { weekday: 2, startsAt: '08:00', endsAt: '12:00', validTo: null },
      { weekday: 2, startsAt: '13:00', endsAt: '18:00', validFrom: '2026-05-07', validTo: '2026-12-31' },
    ])
    expect(await rowsOf(specialist.user.id)).toHaveLength(2)
    expect(await auditRowsOf(t.db, 'working_hours.replace', specialist.user.id)).toHaveLength(2)
  })

  it('allows the same hours on one weekday in periods that do not overlap', async () => {
    const response = await put(admin, colleague.user.id, [
      entry(siteId, { validTo: '2026-06-30' }),
      entry(siteId, { validFrom: '2026-07-01', startsAt: '09:00' }),
    ])
    expect(response.status).toBe(200)
  })

  it.each([
    ['ends before it starts', [entry('SITE', { startsAt: '17:00', endsAt: '08:00' })], ['/entries/0/endsAt']],
    ['ends when it starts', [entry('SITE', { endsAt: '08:00' })], ['/entries/0/endsAt']],
    [
      'overlaps another entry of the weekday',
      [entry('SITE'), entry('SITE', { weekday: 2 }), entry('SITE', { startsAt: '16:00', endsAt: '19:00' })],
      ['/entries/2'],
    ],
    ['has weekday 8', [entry('SITE', { weekday: 8 })], ['/entries/0/weekday']],
    ['has a time of 25:00', [entry('SITE', { endsAt: '25:00' })], ['/entries/0/endsAt']],
    [
      'ends its validity before it begins',
      [entry('SITE', { validTo: '2026-01-01' })],
      ['/entries/0/validTo'],
    ],
  ])('refuses an entry that %s with 400 and keeps the old pattern', async (_, entries, pointers) => {
    await put(admin, specialist.user.id, week(siteId))
    const before = await rowsOf(specialist.user.id)
    const withSite = entries.map((e) => ({ ...e, siteId }))
    expectValidationProblem(await put(admin, specialist.user.id, withSite), pointers)
    expect(await rowsOf(specialist.user.id)).toEqual(before)
  })

  it("refuses another organisation's site with 400", async () => {
    const theirSite = await createSite(t.db, outsider.user.organisationId)
    expectValidationProblem(await put(admin, specialist.user.id, [entry(theirSite.id)]), [
      '/entries/0/siteId',
    ])
  })

  it('refuses the staff member themself and colleagues with 403', async () => {
    const before = await rowsOf(specialist.user.id)
    expectProblem(await put(specialist, specialist.user.id, []), 403, '/problems/forbidden')
    expectProblem(await put(colleague, specialist.user.id, []), 403, '/problems/forbidden')
    expect(await rowsOf(specialist.user.id)).toEqual(before)
  })

  it('answers 404 for a user of another organisation', async () => {
    expectProblem(await put(admin, outsider.user.id, week(siteId)), 404, '/problems/not-found')
    expect(await rowsOf(outsider.user.id)).toEqual([])
  })

  it('never mixes two concurrent replacements', async () => {
    const patterns = Array.from({ length: 10 }, (_, i) =>
      [1, 2, 3].map((weekday) => entry(siteId, { weekday, startsAt: `0${i}:00`, endsAt: '17:00' })),
    )
    const responses = await Promise.all(patterns.map((p) => put(admin, colleague.user.id, p)))
    expect(responses.map((r) => r.status)).toEqual(patterns.map(() => 200))
    const rows = await rowsOf(colleague.user.id)
    expect(rows).toHaveLength(3)
    expect(new Set(rows.map((r) => r.startsAt)).size).toBe(1)
  })
})

describe('GET /api/v1/staff/:userId/working-hours', () => {
  it('shows the staff member their own hours and admins and coordinators anyone’s, audited', async () => {
    await put(admin, specialist.user.id, week(siteId))
    for (const who of [specialist, admin, coordinator]) {
      const response = await t.http().get(hoursPath(specialist.user.id)).set(who.auth)
      expect(response.status).toBe(200)
      expect(response.body.userId).toBe(specialist.user.id)
      expect(response.body.entries.map((e: { weekday: number }) => e.weekday)).toEqual([1, 2, 3, 4, 5])
    }
    const reads = await auditRowsOf(t.db, 'working_hours.read', specialist.user.id)
    expect(reads.map((r) => r.actorId)).toEqual(
      expect.arrayContaining([specialist.user.id, admin.user.id, coordinator.user.id]),
    )
  })

  it("refuses a colleague's hours with 403 (audited) and another organisation's with 404", async () => {
    expectProblem(
      await t.http().get(hoursPath(specialist.user.id)).set(colleague.auth),
      403,
      '/problems/forbidden',
    )
    const denied = await auditRowsOf(t.db, 'schedule.access', specialist.user.id)
    expect(denied.some((d) => d.actorId === colleague.user.id && d.outcome === 'denied')).toBe(true)
    expectProblem(await t.http().get(hoursPath(outsider.user.id)).set(admin.auth), 404, '/problems/not-found')
  })
})
