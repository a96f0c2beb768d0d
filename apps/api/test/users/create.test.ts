import { randomUUID } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { users } from '../../src/db/schema/index.js'
import { verifyPassword } from '../../src/modules/auth/passwords.js'
import { useTestApp } from '../support/app.js'
import { auditRowsOf, createUser, findUser, signedInUser, signIn } from '../support/factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()
const USERS = '/api/v1/users'
const PASSWORD = 'saule-leidziasi-uz-kalno'

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: `new-${randomUUID()}@test.example`,
  name: 'Rūta Kazlauskienė',
  password: PASSWORD,
  roles: ['specialist'],
  professions: ['psychologist'],
  ...overrides,
})

const rowsWithEmail = (email: string) =>
  t.db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))

describe('POST /api/v1/users', () => {
  it("creates a user in the admin's organisation with 201 and Location, who can then sign in", async () => {
    const admin = await signedInUser(t)
    const body = newUser()
    const response = await t.http().post(USERS).set(admin.auth).send(body)

    expect(response.status).toBe(201)
    expect(response.headers.location).toBe(`/api/v1/users/${response.body.id}`)
    expect(response.body).toMatchObject({
      email: body.email,
      name: body.name,
      roles: ['specialist'],
      professions: ['psychologist'],
      organisationId: admin.user.organisationId,
      active: true,
      mfaEnabled: false,
    })
    expect(response.body).not.toHaveProperty('password')
    expect(response.body).not.toHaveProperty('passwordHash')

    const row = await findUser(t.db, response.body.id)
    expect(row).toMatchObject({ email: body.email, organisationId: admin.user.organisationId })
    expect(row?.passwordHash).not.toContain(PASSWORD)
    expect(await verifyPassword(row?.passwordHash ?? '', PASSWORD)).toBe(true)

    const [entry] = await auditRowsOf(t.db, 'user.create', response.body.id)
    expect(entry).toMatchObject({
      actorId: admin.user.id,
      organisationId: admin.user.organisationId,
      outcome: 'success',
      details: { roles: ['specialist'] },
    })
    expect(JSON.stringify(entry)).not.toContain(PASSWORD)

    expect((await signIn(t, body.email, PASSWORD)).body.user.id).toBe(response.body.id)
  })

  it('refuses an e-mail that is taken in any letter case, also by another organisation, with 409', async () => {
    const admin = await signedInUser(t)
    const existing = await createUser(t.db)
    const response = await t
      .http()
      .post(USERS)
      .set(admin.auth)
      .send(newUser({ email: existing.email.toUpperCase() }))
    expectProblem(response, 409, '/problems/email-taken')
    expect(await rowsWithEmail(existing.email)).toHaveLength(1)
  })

  it('creates exactly one user from 20 concurrent requests with the same e-mail', async () => {
    const admin = await signedInUser(t)
    const email = `race-${randomUUID()}@test.example`
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t
          .http()
          .post(USERS)
          .set(admin.auth)
          .send(newUser({ email: i % 2 ? email : email.toUpperCase(), name: `Racer ${i}` })),
      ),
    )
    const statuses = responses.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(19)
    for (const r of responses.filter((x) => x.status === 409)) expectProblem(r, 409, '/problems/email-taken')
    expect(await rowsWithEmail(email)).toHaveLength(1)
    const created = responses.find((r) => r.status === 201)
    // The losers' audit entries rolled back with their inserts.
    expect(await auditRowsOf(t.db, 'user.create', created?.body.id)).toHaveLength(1)
    const allCreates = (await auditRowsOf(t.db, 'user.create')).filter((e) => e.actorId === admin.user.id)
    expect(allCreates).toHaveLength(1)
  })

  it.each([
    ['too short', 'short-pw-1', 'the schema'],
    ['common', 'passwordpassword', 'the common list'],
    ['common digits', '123456789012', 'the common list'],
  ])('refuses a %s password with 400 pointing at /password (%s)', async (_name, password) => {
    const admin = await signedInUser(t)
    const body = newUser({ password })
    expectValidationProblem(await t.http().post(USERS).set(admin.auth).send(body), ['/password'])
    expect(await rowsWithEmail(body.email)).toHaveLength(0)
  })

  it('refuses a password containing the e-mail name', async () => {
    const admin = await signedInUser(t)
    const body = newUser({ email: `gintaras${Date.now()}@test.example` })
    body.password = `${String(body.email).split('@')[0]}-pass`
    expectValidationProblem(await t.http().post(USERS).set(admin.auth).send(body), ['/password'])
  })

  it.each([
    ['an unknown role', { roles: ['wizard'] }, ['/roles/0']],
    ['no role', { roles: [] }, ['/roles']],
    ['a repeated role', { roles: ['intake', 'intake'] }, ['/roles']],
    ['an unknown profession', { professions: ['astrologer'] }, ['/professions/0']],
    ['an extra property', { organisationId: randomUUID() }, ['/organisationId']],
    ['an invalid e-mail', { email: 'not-an-email' }, ['/email']],
    ['an empty name', { name: '' }, ['/name']],
  ])('refuses %s with 400', async (_name, overrides, pointers) => {
    const admin = await signedInUser(t)
    const body = newUser(overrides)
    expectValidationProblem(await t.http().post(USERS).set(admin.auth).send(body), pointers)
    expect(await rowsWithEmail(String(body.email))).toHaveLength(0)
  })

  it('refuses a body missing every field, naming each', async () => {
    const admin = await signedInUser(t)
    expectValidationProblem(await t.http().post(USERS).set(admin.auth).send({}), [
      '/email',
      '/name',
      '/password',
      '/roles',
    ])
  })

  it('answers 403 for a non-admin and creates nothing', async () => {
    const coordinator = await signedInUser(t, { roles: ['coordinator'] })
    const body = newUser()
    expectProblem(await t.http().post(USERS).set(coordinator.auth).send(body), 403, '/problems/forbidden')
    expect(await rowsWithEmail(body.email)).toHaveLength(0)
  })
})
