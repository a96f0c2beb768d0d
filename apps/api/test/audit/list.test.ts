import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { createUser, signedInUser, uniqueTag } from '../support/factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()
const AUDIT = '/api/v1/audit'

interface Entry {
  id: string
  at: string
  actorId: string | null
  actorLabel: string | null
  action: string
  entityType: string | null
  entityId: string | null
  outcome: string
  requestId: string | null
}

type Admin = Awaited<ReturnType<typeof signedInUser>>

const list = async (admin: Admin, query: Record<string, string | number>) => {
  const response = await t.http().get(AUDIT).query(query).set(admin.auth)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body as { items: Entry[]; nextCursor: string | null }
}

/** Inserts entries straight into the log, at given times, tagged with a unique entity id. */
async function insertEntries(organisationId: string, times: string[], action = 'test.event') {
  const entityId = uniqueTag()
  await t.db.insert(auditLog).values(
    times.map((at) => ({
      organisationId,
      action,
      outcome: 'success' as const,
      entityType: 'thing',
      entityId,
      at: sql`${at}::timestamptz`,
    })),
  )
  return entityId
}

describe('GET /api/v1/audit', () => {
  it("lists the organisation's entries newest first, without other organisations' entries", async () => {
    const admin = await signedInUser(t)
    const stranger = await signedInUser(t)
    const colleague = await createUser(t.db, { roles: ['intake'], organisationId: admin.user.organisationId })
    await t.http().get(`/api/v1/users/${colleague.id}`).set(admin.auth)
    await t.http().get(`/api/v1/users/${stranger.user.id}`).set(stranger.auth)

    const { items } = await list(admin, { limit: 100 })
    expect(items.map((e) => e.action)).toEqual(['user.read', 'auth.login'])
    expect(items[0]).toMatchObject({ actorId: admin.user.id, entityId: colleague.id, outcome: 'success' })
    const times = items.map((e) => Date.parse(e.at))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(items.some((e) => e.actorId === stranger.user.id)).toBe(false)
  })

  it('records each search as audit.search', async () => {
    const admin = await signedInUser(t)
    await list(admin, { action: 'user.read' })
    const { items } = await list(admin, { action: 'audit.search' })
    expect(items).toHaveLength(1)
    expect(items[0]?.actorId).toBe(admin.user.id)
  })

  it('filters by exact action and by a prefix ending in a dot', async () => {
    const admin = await signedInUser(t)
    const colleague = await createUser(t.db, { roles: ['intake'], organisationId: admin.user.organisationId })
    await t.http().post('/api/v1/auth/login').send({ email: colleague.email, password: 'wrong-password-1' })
    await t.http().get(`/api/v1/users/${colleague.id}`).set(admin.auth)

    const exact = await list(admin, { action: 'auth.login' })
    expect(exact.items).toHaveLength(2)
    expect(exact.items.every((e) => e.action === 'auth.login')).toBe(true)

    const prefix = await list(admin, { action: 'auth.' })
    expect(prefix.items.map((e) => e.action).sort()).toEqual(['auth.login', 'auth.login'])
    const users = await list(admin, { action: 'user.' })
    expect(users.items.map((e) => e.action)).toEqual(['user.read'])

    // Without the trailing dot it is an exact match, and LIKE wildcards are plain characters.
    expect((await list(admin, { action: 'auth' })).items).toHaveLength(0)
    expect((await list(admin, { action: 'auth%' })).items).toHaveLength(0)
    expect((await list(admin, { action: '%.' })).items).toHaveLength(0)
  })

  it('filters by outcome and by actor', async () => {
    const admin = await signedInUser(t)
    const colleague = await signedInUser(t, { roles: ['intake'], organisationId: admin.user.organisationId })
    await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: colleague.user.email, password: 'wrong-password-1' })
    await t.http().get('/api/v1/users').set(colleague.auth)

    const failures = await list(admin, { outcome: 'failure' })
    expect(failures.items.map((e) => [e.action, e.actorLabel])).toEqual([
      ['auth.login', colleague.user.email],
    ])
    const denied = await list(admin, { outcome: 'denied' })
    expect(denied.items.map((e) => [e.action, e.actorId])).toEqual([['access.denied', colleague.user.id]])

    const byColleague = await list(admin, { actorId: colleague.user.id })
    expect(byColleague.items.map((e) => e.action)).toEqual(['access.denied'])
  })

  it('filters by entity type and id', async () => {
    const admin = await signedInUser(t)
    const entityId = await insertEntries(admin.user.organisationId, [
      '2031-01-01T10:00:00Z',
      '2031-01-01T11:00:00Z',
    ])
    await insertEntries(admin.user.organisationId, ['2031-01-01T12:00:00Z'])
    const { items } = await list(admin, { entityType: 'thing', entityId })
    expect(items.map((e) => e.at)).toEqual(['2031-01-01T11:00:00.000Z', '2031-01-01T10:00:00.000Z'])
    expect((await list(admin, { entityType: 'user', entityId })).items).toHaveLength(0)
  })

  it('filters by a time window, both ends included', async () => {
    const admin = await signedInUser(t)
    const entityId = await insertEntries(admin.user.organisationId, [
      '2020-03-01T08:00:00Z',
      '2020-03-02T08:00:00Z',
      '2020-03-03T08:00:00Z',
      '2020-03-04T08:00:00Z',
    ])
    const { items } = await list(admin, {
      entityId,
      from: '2020-03-02T08:00:00Z',
      to: '2020-03-03T10:00:00+02:00',
    })
    expect(items.map((e) => e.at)).toEqual(['2020-03-03T08:00:00.000Z', '2020-03-02T08:00:00.000Z'])
  })

  it('pages with a cursor: pages do not overlap and together hold every entry', async () => {
    const admin = await signedInUser(t)
    const times = ['2032-05-01T00:00:01Z', '2032-05-01T00:00:02Z', '2032-05-01T00:00:03Z']
    times.push('2032-05-01T00:00:04Z', '2032-05-01T00:00:05Z')
    const entityId = await insertEntries(admin.user.organisationId, times)
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page: { items: Entry[]; nextCursor: string | null } = await list(admin, {
        entityId,
        limit: 2,
        ...(cursor ? { cursor } : {}),
      })
      seen.push(...page.items.map((e) => e.at))
      cursor = page.nextCursor
      pages++
    } while (cursor && pages < 10)
    expect(pages).toBe(3)
    expect(seen).toEqual(times.map((s) => s.replace('Z', '.000Z')).reverse())
  })

  it('pages through entries that share a time down to the millisecond', async () => {
    const admin = await signedInUser(t)
    const entityId = await insertEntries(admin.user.organisationId, Array(3).fill('2033-01-01T00:00:00.123Z'))
    const first = await list(admin, { entityId, limit: 2 })
    const second = await list(admin, { entityId, limit: 2, cursor: first.nextCursor ?? '' })
    const ids = [...first.items, ...second.items].map((e) => e.id)
    expect(new Set(ids).size).toBe(3)
    expect(second.nextCursor).toBeNull()
  })

  // Times are stored to the millisecond, the cursor's precision, so no entry falls between pages.
  it('pages through entries written within the same millisecond', async () => {
    const admin = await signedInUser(t)
    const entityId = await insertEntries(admin.user.organisationId, [
      '2034-01-01T00:00:00.123100Z',
      '2034-01-01T00:00:00.123200Z',
      '2034-01-01T00:00:00.123300Z',
    ])
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page: { items: Entry[]; nextCursor: string | null } = await list(admin, {
        entityId,
        limit: 1,
        ...(cursor ? { cursor } : {}),
      })
      seen.push(...page.items.map((e) => e.id))
      cursor = page.nextCursor
      pages++
    } while (cursor && pages < 10)
    expect(new Set(seen).size).toBe(3)
  })

  it('refuses a well-formed cursor holding something other than a time with 400', async () => {
    const admin = await signedInUser(t)
    const cursor = Buffer.from(JSON.stringify({ k: 'not-a-date', id: randomUUID() })).toString('base64url')
    expectValidationProblem(await t.http().get(AUDIT).query({ cursor }).set(admin.auth), [
      '/querystring/cursor',
    ])
  })

  it.each([
    ['a cursor that is not base64 JSON', { cursor: 'not-a-cursor!' }, '/querystring/cursor'],
    [
      'a cursor of base64 JSON without an id',
      { cursor: Buffer.from('{"k":"x"}').toString('base64url') },
      '/querystring/cursor',
    ],
    ['limit=0', { limit: 0 }, '/querystring/limit'],
    ['limit=101', { limit: 101 }, '/querystring/limit'],
    ['an unknown outcome', { outcome: 'maybe' }, '/querystring/outcome'],
    ['an actorId that is not a UUID', { actorId: 'me' }, '/querystring/actorId'],
    ['a from that is not a date-time', { from: 'yesterday' }, '/querystring/from'],
  ])('refuses %s with 400', async (_name, query, pointer) => {
    const admin = await signedInUser(t)
    expectValidationProblem(await t.http().get(AUDIT).query(query).set(admin.auth), [pointer])
  })

  it.each(['coordinator', 'case_manager', 'specialist', 'intake', 'accommodation_officer'] as const)(
    'answers 403 for %s',
    async (role) => {
      const caller = await signedInUser(t, { roles: [role] })
      expectProblem(await t.http().get(AUDIT).set(caller.auth), 403, '/problems/forbidden')
    },
  )

  it('answers 401 without a token', async () => {
    expectProblem(await t.http().get(AUDIT), 401, '/problems/unauthorized')
  })
})
