import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { referrals } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { TEST_DATABASE_URL } from '../support/database.js'
import { partnerClient } from '../support/partner-factories.js'
import { REFERRALS, referralBody } from '../support/referral-factories.js'

const t = useTestApp()

const referralsOf = (centreId: string) =>
  t.db.select().from(referrals).where(eq(referrals.toOrganisationId, centreId))

describe('Idempotency-Key on partner referrals', () => {
  it('replays the first answer to a retry and refuses the key with another body', async () => {
    const partner = await partnerClient(t)
    const key = randomUUID()
    const body = referralBody()
    const post = (b: object) => t.http().post(REFERRALS).set(partner.auth).set('idempotency-key', key).send(b)
    const first = await post(body)
    const retry = await post(body)
    expect(first.status).toBe(201)
    expect(retry.status).toBe(201)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(retry.headers.location).toBe(first.headers.location)
    expect(retry.body.id).toBe(first.body.id)
    const other = await post(referralBody())
    expect(other.status).toBe(422)
    expect(other.body.type).toBe('/problems/idempotency-key-reused')
    expect(await referralsOf(partner.centreId)).toHaveLength(1)
  })

  it('keeps keys apart per client: another client may use the same key', async () => {
    const partner = await partnerClient(t)
    const other = await partnerClient(t, { centreId: partner.centreId })
    const key = randomUUID()
    const body = referralBody()
    const mine = await t.http().post(REFERRALS).set(partner.auth).set('idempotency-key', key).send(body)
    const theirs = await t.http().post(REFERRALS).set(other.auth).set('idempotency-key', key).send(body)
    expect(mine.status).toBe(201)
    expect(theirs.status).toBe(201)
    expect(theirs.headers['idempotent-replayed']).toBeUndefined()
    expect(theirs.body.id).not.toBe(mine.body.id)
    expect(await referralsOf(partner.centreId)).toHaveLength(2)
  })
})

describe.runIf(Boolean(TEST_DATABASE_URL))('one key fired concurrently (PostgreSQL)', () => {
  it('creates exactly one referral from 20 concurrent POSTs with one key', async () => {
    const partner = await partnerClient(t)
    const key = randomUUID()
    const body = referralBody()
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.http().post(REFERRALS).set(partner.auth).set('idempotency-key', key).send(body),
      ),
    )
    const statuses = responses.map((r) => r.status)
    expect(
      statuses.every((s) => s === 201 || s === 409),
      JSON.stringify(statuses),
    ).toBe(true)
    const created = responses.filter((r) => r.status === 201)
    expect(created.length).toBeGreaterThanOrEqual(1)
    expect(new Set(created.map((r) => r.body.id)).size).toBe(1)
    for (const busy of responses.filter((r) => r.status === 409))
      expect(busy.body.type).toBe('/problems/idempotency-in-progress')
    expect(await referralsOf(partner.centreId)).toHaveLength(1)
  }, 60_000)
})
