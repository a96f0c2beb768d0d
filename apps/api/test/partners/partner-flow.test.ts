import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyWebhook } from '../../../../docs/examples/webhook-receiver.mjs'
import { deliverDueWebhooks } from '../../src/modules/webhooks/worker.js'
import { useTestApp } from '../support/app.js'
import { bearer, signedInUser } from '../support/factories.js'
import { partnerClient, requestClientToken } from '../support/partner-factories.js'
import { expectProblem } from '../support/problem.js'
import { localReceiver } from '../support/webhook-factories.js'

// The receiver listens on 127.0.0.1: the operator's setting for on-premises receivers lets it be a target.
const t = useTestApp({ partners: { webhookAllowPrivateTargets: true, requestsPerMinute: 1000 } })

let receiver: Awaited<ReturnType<typeof localReceiver>>
beforeAll(async () => {
  receiver = await localReceiver([204])
})
afterAll(async () => receiver.close())

const REFERRAL = {
  partnerReference: 'VTAS-2026-0412',
  reason: 'Tėvų konfliktas skyrybų metu, vaikas nelanko mokyklos.',
  urgency: 'urgent',
  riskFactors: ['high_conflict_separation'],
  consentConfirmed: true,
  members: [
    {
      givenName: 'Asta',
      familyName: 'Petrauskienė',
      birthDate: '1988-04-12',
      gender: 'woman',
      role: 'parent',
    },
    { givenName: 'Jonas', familyName: 'Petrauskas', birthDate: '2016-09-03', gender: 'man', role: 'child' },
  ],
}

describe('a municipality’s integration, end to end', () => {
  it('gets a token, refers a family, is told by a signed webhook that the centre accepted it, and sees the new status', async () => {
    // The centre's admin issues the client; the municipality's developer has only the id and the secret.
    const issued = await partnerClient(t)
    const token = await requestClientToken(t, issued.client.clientId, issued.clientSecret)
    expect(token.status).toBe(200)
    const partner = bearer(token.body.access_token)

    const subscribed = await t
      .http()
      .post('/api/v1/webhooks')
      .set(partner)
      .send({ url: receiver.url, events: ['referral.accepted', 'referral.declined', 'case.closed'] })
    expect(subscribed.status, JSON.stringify(subscribed.body)).toBe(201)
    const { signingSecret } = subscribed.body

    const referred = await t
      .http()
      .post('/api/v1/referrals')
      .set(partner)
      .set('idempotency-key', 'vtas-2026-0412')
      .send(REFERRAL)
    expect(referred.status, JSON.stringify(referred.body)).toBe(201)
    expect(referred.body).toMatchObject({ status: 'received', urgency: 'urgent', contactPerson: null })

    // The centre's intake worker triages it and accepts it into a new family with a case manager.
    const intake = await signedInUser(t, { roles: ['intake'], organisationId: issued.centreId })
    const caseManager = await signedInUser(t, {
      roles: ['case_manager'],
      professions: ['case_manager'],
      organisationId: issued.centreId,
    })
    const inbox = await t.http().get('/api/v1/incoming-referrals').set(intake.auth)
    expect(inbox.body.items.map((r: { id: string }) => r.id)).toContain(referred.body.id)
    const accepted = await t
      .http()
      .post(`/api/v1/incoming-referrals/${referred.body.id}/accept`)
      .set(intake.auth)
      .send({ caseManagerId: caseManager.user.id })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)

    // The outbox row was written with the acceptance; the worker sends it, signed.
    const before = receiver.received.length
    const run = await deliverDueWebhooks(t.db, t.config, { now: new Date(Date.now() + 60_000) })
    expect(run).toMatchObject({ delivered: 1 })
    const [request] = receiver.received.slice(before)
    if (!request) throw new Error('the receiver got nothing')
    const verified = verifyWebhook({
      secret: signingSecret,
      headers: request.headers,
      body: request.body,
      now: new Date(Number(request.headers['onestop-webhook-timestamp']) * 1000),
    })
    expect(verified).toMatchObject({
      ok: true,
      event: {
        type: 'referral.accepted',
        data: {
          referralId: referred.body.id,
          partnerReference: 'VTAS-2026-0412',
          status: 'accepted',
          contactPerson: { name: caseManager.user.name, email: caseManager.user.email },
        },
      },
    })
    // A tampered body does not pass the example receiver.
    expect(
      verifyWebhook({
        secret: signingSecret,
        headers: request.headers,
        body: request.body.replace('accepted', 'declined'),
        now: new Date(Number(request.headers['onestop-webhook-timestamp']) * 1000),
      }),
    ).toMatchObject({ ok: false })

    const followed = await t.http().get(`/api/v1/referrals/${referred.body.id}`).set(partner)
    expect(followed.body).toMatchObject({
      status: 'accepted',
      contactPerson: { name: caseManager.user.name },
      history: [{ type: 'referral.received' }, { type: 'referral.accepted' }],
    })
    const log = await t
      .http()
      .get(`/api/v1/webhooks/${subscribed.body.subscription.id}/deliveries`)
      .set(partner)
    expect(log.body.items).toEqual([
      expect.objectContaining({ eventType: 'referral.accepted', status: 'delivered', attempts: 1 }),
    ])
  })
})

describe('rate limits per API client', () => {
  const limited = useTestApp({ partners: { requestsPerMinute: 3 } })

  it('count each client on its own, announce themselves in RateLimit headers and answer 429 past the limit', async () => {
    const first = await partnerClient(limited, { scopes: ['referrals:read'] })
    const second = await partnerClient(limited, { scopes: ['referrals:read'] })
    const list = (auth: { authorization: string }) => limited.http().get('/api/v1/referrals').set(auth)
    const answers = []
    for (let i = 0; i < 3; i++) answers.push(await list(first.auth))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200])
    expect(answers.map((a) => a.headers['ratelimit-remaining'])).toEqual(['2', '1', '0'])
    expect(answers[0]?.headers['ratelimit-limit']).toBe('3')
    expect(Number(answers[0]?.headers['ratelimit-reset'])).toBeGreaterThan(0)
    const refused = await list(first.auth)
    expectProblem(refused, 429, '/problems/rate-limited')
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    // Another client of another municipality is not held back by the first one's calls.
    expect((await list(second.auth)).status).toBe(200)
  })
})
