import { randomUUID } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { users } from '../src/db/schema/index.js'
import { useTestApp } from './support/app.js'
import { signedInUser } from './support/factories.js'

const t = useTestApp()

const newUserBody = () => ({
  email: `idem-${randomUUID()}@test.example`,
  name: 'Ona Idempotentė',
  password: 'saugus-ilgas-slaptazodis',
  roles: ['specialist'],
})

describe('Idempotency-Key on POST', () => {
  it('replays the first answer to a retry with the same key and body, creating one row', async () => {
    const admin = await signedInUser(t)
    const body = newUserBody()
    const key = randomUUID()
    const first = await t.http().post('/api/v1/users').set(admin.auth).set('idempotency-key', key).send(body)
    const retry = await t.http().post('/api/v1/users').set(admin.auth).set('idempotency-key', key).send(body)
    expect(first.status).toBe(201)
    expect(retry.status).toBe(201)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(retry.headers.location).toBe(first.headers.location)
    expect(retry.body).toEqual(first.body)
    const rows = await t.db.select().from(users).where(eq(users.email, body.email))
    expect(rows).toHaveLength(1)
  })

  it('refuses the same key with another body with 422', async () => {
    const admin = await signedInUser(t)
    const key = randomUUID()
    expect(
      (await t.http().post('/api/v1/users').set(admin.auth).set('idempotency-key', key).send(newUserBody()))
        .status,
    ).toBe(201)
    const other = newUserBody()
    const reused = await t
      .http()
      .post('/api/v1/users')
      .set(admin.auth)
      .set('idempotency-key', key)
      .send(other)
    expect(reused.status).toBe(422)
    expect(reused.body.type).toBe('/problems/idempotency-key-reused')
    expect(await t.db.select().from(users).where(eq(users.email, other.email))).toHaveLength(0)
  })

  it('keeps keys apart per user', async () => {
    const [a, b] = [await signedInUser(t), await signedInUser(t)]
    const key = randomUUID()
    expect(
      (await t.http().post('/api/v1/users').set(a.auth).set('idempotency-key', key).send(newUserBody()))
        .status,
    ).toBe(201)
    const response = await t
      .http()
      .post('/api/v1/users')
      .set(b.auth)
      .set('idempotency-key', key)
      .send(newUserBody())
    expect(response.status).toBe(201)
    expect(response.headers['idempotent-replayed']).toBeUndefined()
  })

  it('refuses a malformed key with 400', async () => {
    const admin = await signedInUser(t)
    const response = await t
      .http()
      .post('/api/v1/users')
      .set(admin.auth)
      .set('idempotency-key', 'has spaces in it')
      .send(newUserBody())
    expect(response.status).toBe(400)
    expect(response.headers['content-type']).toMatch(/problem\+json/)
  })

  it('creates one row when ten retries race with the same key', async () => {
    const admin = await signedInUser(t)
    const body = newUserBody()
    const key = randomUUID()
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.http().post('/api/v1/users').set(admin.auth).set('idempotency-key', key).send(body),
      ),
    )
    for (const r of responses) expect([201, 409]).toContain(r.status)
    expect(responses.filter((r) => r.status === 201 && !r.headers['idempotent-replayed'])).toHaveLength(1)
    const [{ count } = { count: -1 }] = await t.db
      .select({ count: sql<number>`count(*)::int` })
      .from(users)
      .where(eq(users.email, body.email))
    expect(count).toBe(1)
  })
})
