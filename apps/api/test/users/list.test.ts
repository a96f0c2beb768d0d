import { describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { auditRowsOf, createUser, signedInUser, uniqueTag } from '../support/factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()
const USERS = '/api/v1/users'

interface Listed {
  id: string
  name: string
  email: string
  roles: string[]
  active: boolean
}

/** An admin in a fresh organisation with five tagged colleagues of varied roles and states. */
async function staffedOrganisation() {
  const admin = await signedInUser(t)
  const tag = uniqueTag()
  const org = admin.user.organisationId
  const colleagues = [
    await createUser(t.db, { organisationId: org, name: `${tag} Ada`, roles: ['case_manager'] }),
    await createUser(t.db, { organisationId: org, name: `${tag} Bert`, roles: ['specialist'] }),
    await createUser(t.db, { organisationId: org, name: `${tag} Cecilija`, roles: ['specialist', 'intake'] }),
    await createUser(t.db, { organisationId: org, name: `${tag} Dovydas`, roles: ['intake'], active: false }),
    await createUser(t.db, {
      organisationId: org,
      name: `Other ${uniqueTag()}`,
      email: `${tag}-by-mail@test.example`,
      roles: ['coordinator'],
    }),
  ]
  return { admin, tag, colleagues }
}

describe('GET /api/v1/users', () => {
  it("lists the admin's organisation only, ordered by name", async () => {
    const { admin, tag, colleagues } = await staffedOrganisation()
    const stranger = await createUser(t.db, { name: 'Stranger of another centre' })

    const response = await t.http().get(USERS).query({ limit: 100 }).set(admin.auth)
    expect(response.status).toBe(200)
    const ids = (response.body.items as Listed[]).map((u) => u.id)
    expect(ids.sort()).toEqual([admin.user.id, ...colleagues.map((c) => c.id)].sort())
    expect(ids).not.toContain(stranger.id)
    // Names sharing the tag differ only in their first letter after it, so any collation orders them alike.
    const tagged = (response.body.items as Listed[]).map((u) => u.name).filter((n) => n.startsWith(tag))
    expect(tagged).toEqual([`${tag} Ada`, `${tag} Bert`, `${tag} Cecilija`, `${tag} Dovydas`])
    expect(response.body.nextCursor).toBeNull()
    expect(response.body.items[0]).not.toHaveProperty('passwordHash')
  })

  it('filters by q on name or e-mail, case-insensitively', async () => {
    const { admin, tag, colleagues } = await staffedOrganisation()
    const response = await t.http().get(USERS).query({ q: tag.toUpperCase(), limit: 100 }).set(admin.auth)
    expect(response.status).toBe(200)
    const ids = (response.body.items as Listed[]).map((u) => u.id).sort()
    expect(ids).toEqual(colleagues.map((c) => c.id).sort())

    const byName = await t
      .http()
      .get(USERS)
      .query({ q: `${tag} ber` })
      .set(admin.auth)
    expect((byName.body.items as Listed[]).map((u) => u.id)).toEqual([colleagues[1]?.id])
  })

  it('treats % and _ in q as plain characters', async () => {
    const { admin } = await staffedOrganisation()
    const response = await t.http().get(USERS).query({ q: '%' }).set(admin.auth)
    expect(response.status).toBe(200)
    expect(response.body.items).toEqual([])
  })

  it('filters by role and by active', async () => {
    const { admin, tag, colleagues } = await staffedOrganisation()
    const specialists = await t.http().get(USERS).query({ q: tag, role: 'specialist' }).set(admin.auth)
    expect((specialists.body.items as Listed[]).map((u) => u.id).sort()).toEqual(
      [colleagues[1]?.id, colleagues[2]?.id].sort(),
    )

    const inactive = await t.http().get(USERS).query({ q: tag, active: false }).set(admin.auth)
    expect((inactive.body.items as Listed[]).map((u) => u.id)).toEqual([colleagues[3]?.id])

    const activeIntake = await t
      .http()
      .get(USERS)
      .query({ q: tag, role: 'intake', active: true })
      .set(admin.auth)
    expect((activeIntake.body.items as Listed[]).map((u) => u.id)).toEqual([colleagues[2]?.id])
  })

  it('pages with a cursor: pages do not overlap and together hold every match', async () => {
    const { admin, tag, colleagues } = await staffedOrganisation()
    const seen: string[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const response = await t
        .http()
        .get(USERS)
        .query({ q: tag, limit: 2, ...(cursor ? { cursor } : {}) })
        .set(admin.auth)
      expect(response.status).toBe(200)
      expect(response.body.items.length).toBeLessThanOrEqual(2)
      seen.push(...(response.body.items as Listed[]).map((u) => u.id))
      cursor = response.body.nextCursor ?? undefined
      pages++
    } while (cursor && pages < 10)

    expect(pages).toBe(3)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.sort()).toEqual(colleagues.map((c) => c.id).sort())
  })

  it('records the listing in the audit log', async () => {
    const { admin } = await staffedOrganisation()
    await t.http().get(USERS).set(admin.auth)
    const entries = (await auditRowsOf(t.db, 'user.list')).filter((e) => e.actorId === admin.user.id)
    expect(entries).toHaveLength(1)
    expect(entries[0]?.details).toMatchObject({ count: 6 })
  })

  it.each([
    ['limit=0', { limit: 0 }, ['/querystring/limit']],
    ['limit=101', { limit: 101 }, ['/querystring/limit']],
    ['an unknown role', { role: 'wizard' }, ['/querystring/role']],
    ['an unknown parameter', { sort: 'name' }, ['/querystring/sort']],
  ])('refuses %s with 400', async (_name, query, pointers) => {
    const admin = await signedInUser(t)
    expectValidationProblem(await t.http().get(USERS).query(query).set(admin.auth), pointers)
  })

  it('refuses a cursor it did not give out', async () => {
    const admin = await signedInUser(t)
    const response = await t.http().get(USERS).query({ cursor: 'not-base64-json' }).set(admin.auth)
    expectValidationProblem(response, ['/querystring/cursor'])
  })

  it('answers 401 without a token', async () => {
    expectProblem(await t.http().get(USERS), 401, '/problems/unauthorized')
  })
})
