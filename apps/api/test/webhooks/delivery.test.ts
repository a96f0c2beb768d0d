import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyWebhook } from '../../../../docs/examples/webhook-receiver.mjs'
import { consents, referrals, webhookDeliveries, webhookSubscriptions } from '../../src/db/schema/index.js'
import { deliverDueWebhooks, retryDelayMs } from '../../src/modules/webhooks/worker.js'
import { useTestApp } from '../support/app.js'
import { expectProblem } from '../support/problem.js'
import {
  acceptedReferral,
  deliveriesOf,
  deliveryOfEvent,
  localReceiver,
  recordEvent,
  subscribedPartner,
  WEBHOOKS,
} from '../support/webhook-factories.js'

const t = useTestApp({ partners: { webhookAllowPrivateTargets: true } })

let receiver: Awaited<ReturnType<typeof localReceiver>>
beforeAll(async () => {
  receiver = await localReceiver([204])
})
afterAll(async () => receiver.close())

const at = (date: Date, plusMs = 0) => new Date(date.getTime() + plusMs)
const deliver = (now: Date, policy = {}) => deliverDueWebhooks(t.db, t.config, { now, policy })

describe('signed webhook deliveries', () => {
  it.each([
    'http://127.0.0.1:9/hooks',
    'http://localhost:9/hooks',
    'http://[::1]:9/hooks',
    'http://10.0.0.1/',
  ])('accepts the private target %s when the operator allows private targets', async (url) => {
    const partner = await subscribedPartner(t, url)
    expect(partner.subscription.id).toEqual(expect.any(String))
  })

  it('sends an accepted referral to the subscribed URL, signed so the example receiver accepts it', async () => {
    const partner = await subscribedPartner(t, receiver.url)
    const { referral } = await acceptedReferral(t, partner)
    const event = await recordEvent(t.db, referral.id, 'referral.accepted')
    const queued = await deliveryOfEvent(t.db, partner.subscription.id, event.id)
    expect(queued).toMatchObject({ status: 'pending', attempts: 0, organisationId: partner.municipalityId })

    const before = receiver.received.length
    const now = at(queued.nextAttemptAt, 1000)
    expect(await deliver(now)).toMatchObject({ delivered: 1 })
    const [request] = receiver.received.slice(before)
    if (!request) throw new Error('nothing received')
    expect(request.headers).toMatchObject({
      'content-type': 'application/json',
      'onestop-webhook-id': queued.id,
      'onestop-webhook-event': 'referral.accepted',
      'onestop-webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    })
    const payload = JSON.parse(request.body)
    expect(payload).toEqual({
      id: queued.id,
      type: 'referral.accepted',
      occurredAt: event.occurredAt.toISOString(),
      data: {
        referralId: referral.id,
        partnerReference: 'VTAS-2026-0042',
        status: 'accepted',
        contactPerson: { name: partner.admin.user.name, email: partner.admin.user.email },
      },
    })
    const secret = partner.signingSecret
    const verified = verifyWebhook({ secret, headers: request.headers, body: request.body, now })
    expect(verified).toEqual({ ok: true, event: payload })
    // Tampered body, wrong secret, forged signature, and a replay ten minutes later are refused.
    const tampered = request.body.replace('VTAS-2026-0042', 'VTAS-2026-0043')
    expect(verifyWebhook({ secret, headers: request.headers, body: tampered, now })).toMatchObject({
      ok: false,
      reason: 'wrong signature',
    })
    expect(
      verifyWebhook({ secret: `${secret}x`, headers: request.headers, body: request.body, now }).ok,
    ).toBe(false)
    const forged = { ...request.headers, 'onestop-webhook-signature': `v1=${'0'.repeat(64)}` }
    expect(verifyWebhook({ secret, headers: forged, body: request.body, now }).ok).toBe(false)
    expect(
      verifyWebhook({ secret, headers: request.headers, body: request.body, now: at(now, 600_000) }),
    ).toMatchObject({ ok: false, reason: 'stale timestamp' })

    const log = await t.http().get(`${WEBHOOKS}/${partner.subscription.id}/deliveries`).set(partner.auth)
    expect(log.status).toBe(200)
    expect(log.body.items).toEqual([
      expect.objectContaining({
        id: queued.id,
        eventType: 'referral.accepted',
        status: 'delivered',
        attempts: 1,
        lastStatusCode: 204,
        lastError: null,
        nextAttemptAt: null,
        deliveredAt: now.toISOString(),
      }),
    ])
    // Sent once: a later run finds nothing due.
    expect(await deliver(at(now, 3600_000))).toEqual({ delivered: 0, retried: 0, failed: 0, withheld: 0 })
  })

  it('queues only subscribed events of referrals the municipality sent through the client', async () => {
    const partner = await subscribedPartner(t, receiver.url, ['referral.declined'])
    const { referral } = await acceptedReferral(t, partner)
    await recordEvent(t.db, referral.id, 'referral.received')
    await recordEvent(t.db, referral.id, 'referral.accepted')
    expect(await deliveriesOf(t.db, partner.subscription.id)).toEqual([])
    // A referral a staff member sent (no API client) is no webhook's business.
    const staffSent = await acceptedReferral(t, partner)
    await t.db
      .update(referrals)
      .set({ apiClientId: null, referredById: partner.admin.user.id })
      .where(eq(referrals.id, staffSent.referral.id))
    await t.db
      .update(referrals)
      .set({ status: 'declined', declineReason: 'Ne mūsų savivaldybė.', familyId: null })
      .where(eq(referrals.id, staffSent.referral.id))
    await recordEvent(t.db, staffSent.referral.id, 'referral.declined')
    expect(await deliveriesOf(t.db, partner.subscription.id)).toEqual([])
    // A declined referral of its own: queued, with the reason.
    await t.db
      .update(referrals)
      .set({ status: 'declined', declineReason: 'Nėra vietų.', familyId: null })
      .where(eq(referrals.id, referral.id))
    const declined = await recordEvent(t.db, referral.id, 'referral.declined')
    const queued = await deliveryOfEvent(t.db, partner.subscription.id, declined.id)
    expect(queued.payload).toMatchObject({
      type: 'referral.declined',
      data: { status: 'declined', declineReason: 'Nėra vietų.' },
    })
  })

  it('retries a receiver answering 500 with backoff and delivers on the 4th attempt', async () => {
    const flaky = await localReceiver([500, 500, 500, 200])
    try {
      const partner = await subscribedPartner(t, flaky.url)
      const { referral } = await acceptedReferral(t, partner)
      const event = await recordEvent(t.db, referral.id, 'referral.accepted')
      let now = at((await deliveryOfEvent(t.db, partner.subscription.id, event.id)).nextAttemptAt, 1)
      for (const attempt of [1, 2, 3]) {
        expect(await deliver(now)).toMatchObject({ retried: 1 })
        const row = await deliveryOfEvent(t.db, partner.subscription.id, event.id)
        expect(row).toMatchObject({ status: 'pending', attempts: attempt, lastStatusCode: 500 })
        expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(retryDelayMs(attempt))
        // Not due a moment before the backoff ends.
        expect(await deliver(at(row.nextAttemptAt, -1000))).toMatchObject({ retried: 0, delivered: 0 })
        now = row.nextAttemptAt
      }
      expect([retryDelayMs(1), retryDelayMs(2), retryDelayMs(3)]).toEqual([30_000, 60_000, 120_000])
      expect(await deliver(now)).toMatchObject({ delivered: 1 })
      expect(flaky.received).toHaveLength(4)
      // The same id every time, so the receiver can tell a retry from a new event.
      expect(new Set(flaky.received.map((r) => r.headers['onestop-webhook-id'])).size).toBe(1)
      const log = await t.http().get(`${WEBHOOKS}/${partner.subscription.id}/deliveries`).set(partner.auth)
      expect(log.body.items[0]).toMatchObject({ status: 'delivered', attempts: 4, lastStatusCode: 200 })
      const [subscription] = await t.db
        .select()
        .from(webhookSubscriptions)
        .where(eq(webhookSubscriptions.id, partner.subscription.id))
      expect(subscription?.consecutiveFailures).toBe(0)
    } finally {
      await flaky.close()
    }
  })

  it('fails a delivery after the last attempt, and disables a subscription that keeps failing', async () => {
    const failing = await localReceiver([503])
    try {
      const partner = await subscribedPartner(t, failing.url)
      const first = await acceptedReferral(t, partner)
      const second = await acceptedReferral(t, partner)
      const a = await recordEvent(t.db, first.referral.id, 'referral.accepted')
      let now = at((await deliveryOfEvent(t.db, partner.subscription.id, a.id)).nextAttemptAt, 1)
      const policy = { maxAttempts: 3, disableAfterFailures: 5 }
      for (let i = 0; i < 3; i++) {
        await deliver(now, policy)
        now = at(now, 7 * 3600_000)
      }
      expect(await deliveryOfEvent(t.db, partner.subscription.id, a.id)).toMatchObject({
        status: 'failed',
        attempts: 3,
        lastStatusCode: 503,
        lastErrorCode: 'receiver_error',
        lastError: 'The receiver answered 503.',
      })
      const b = await recordEvent(t.db, second.referral.id, 'referral.accepted')
      const c = await recordEvent(t.db, first.referral.id, 'case.closed')
      // Two deliveries fail twice more between them: the fifth failure in a row disables the subscription.
      await deliver(now, policy)
      now = at(now, 7 * 3600_000)
      await deliver(now, policy)
      const [subscription] = await t.db
        .select()
        .from(webhookSubscriptions)
        .where(eq(webhookSubscriptions.id, partner.subscription.id))
      expect(subscription).toMatchObject({ consecutiveFailures: 5 })
      expect(subscription?.disabledReason).toMatch(/failed attempts in a row/)
      expect(subscription?.disabledAt).not.toBeNull()
      const statuses = (await deliveriesOf(t.db, partner.subscription.id)).map((d) => d.status)
      expect(statuses).toEqual(['failed', 'failed', 'failed'])
      for (const event of [b, c])
        expect(await deliveryOfEvent(t.db, partner.subscription.id, event.id)).toMatchObject({
          attempts: 1,
          lastErrorCode: 'subscription_disabled',
        })
      const sent = failing.received.length
      // A disabled subscription gets no new deliveries and sends nothing more.
      await recordEvent(t.db, second.referral.id, 'case.closed')
      expect(await deliveriesOf(t.db, partner.subscription.id)).toHaveLength(3)
      await deliver(at(now, 7 * 3600_000), policy)
      expect(failing.received).toHaveLength(sent)
      const read = await t.http().get(`${WEBHOOKS}/${partner.subscription.id}`).set(partner.auth)
      expect(read.body).toMatchObject({ status: 'disabled', consecutiveFailures: 5 })
    } finally {
      await failing.close()
    }
  })

  it('withholds a delivery once the family withdrew consent to share with the municipality', async () => {
    const partner = await subscribedPartner(t, receiver.url)
    const { referral, family, personId } = await acceptedReferral(t, partner)
    const event = await recordEvent(t.db, referral.id, 'referral.accepted')
    await t.db.insert(consents).values({
      personId,
      familyId: family.id,
      purpose: 'share_with_municipality',
      given: false,
      recordedById: partner.admin.user.id,
      recordedAt: new Date(Date.now() + 1000),
    })
    const before = receiver.received.length
    const queued = await deliveryOfEvent(t.db, partner.subscription.id, event.id)
    expect(await deliver(at(queued.nextAttemptAt, 1000))).toMatchObject({ withheld: 1, delivered: 0 })
    expect(receiver.received).toHaveLength(before)
    const [row] = await t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, queued.id))
    expect(row).toMatchObject({ status: 'withheld', attempts: 0, lastErrorCode: 'consent_withdrawn' })
  })

  it('re-checks the address before sending: a private target fails when they are not allowed', async () => {
    const partner = await subscribedPartner(t, receiver.url)
    const { referral } = await acceptedReferral(t, partner)
    const event = await recordEvent(t.db, referral.id, 'referral.accepted')
    const queued = await deliveryOfEvent(t.db, partner.subscription.id, event.id)
    const before = receiver.received.length
    const strict = { ...t.config, partners: { ...t.config.partners, webhookAllowPrivateTargets: false } }
    await deliverDueWebhooks(t.db, strict, { now: at(queued.nextAttemptAt, 1000) })
    expect(receiver.received).toHaveLength(before)
    const [row] = await t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, queued.id))
    expect(row).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatusCode: null,
      lastErrorCode: 'target_not_allowed',
    })
    expect(row?.lastError).toMatch(/not a public address/)
  })

  it('shows the log to the partner and to the issuing centre’s admin, not to another partner or centre', async () => {
    const partner = await subscribedPartner(t, receiver.url)
    const { referral } = await acceptedReferral(t, partner)
    const event = await recordEvent(t.db, referral.id, 'referral.accepted')
    const queued = await deliveryOfEvent(t.db, partner.subscription.id, event.id)
    await deliver(at(queued.nextAttemptAt, 1000))
    const centreView = await t
      .http()
      .get(`/api/v1/partners/${partner.municipalityId}/webhooks`)
      .set(partner.admin.auth)
    expect(centreView.status, JSON.stringify(centreView.body)).toBe(200)
    expect(centreView.body.items).toEqual([
      {
        subscription: expect.objectContaining({ id: partner.subscription.id, status: 'active' }),
        recentDeliveries: [expect.objectContaining({ id: queued.id, status: 'delivered', attempts: 1 })],
      },
    ])
    expect(JSON.stringify(centreView.body)).not.toContain(partner.signingSecret)
    const other = await subscribedPartner(t, receiver.url)
    expectProblem(
      await t.http().get(`${WEBHOOKS}/${partner.subscription.id}/deliveries`).set(other.auth),
      404,
      '/problems/not-found',
    )
    // Another centre's admin does not know the municipality as its partner.
    expectProblem(
      await t.http().get(`/api/v1/partners/${partner.municipalityId}/webhooks`).set(other.admin.auth),
      404,
      '/problems/not-found',
    )
  })
})
