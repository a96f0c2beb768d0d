import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { webhookSubscriptions } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { auditRowsOf } from '../support/factories.js'
import { ifMatch } from '../support/family-factories.js'
import { partnerClient } from '../support/partner-factories.js'
import { expectProblem } from '../support/problem.js'
import { WEBHOOKS } from '../support/webhook-factories.js'

const t = useTestApp()

const PUBLIC_URL = 'https://93.184.215.14/onestop/hooks'
const events = ['referral.accepted', 'case.closed']

describe('webhook subscriptions', () => {
  it('subscribes, shows the signing secret once and keeps it only encrypted', async () => {
    const partner = await partnerClient(t, { scopes: ['webhooks:manage'] })
    const created = await t.http().post(WEBHOOKS).set(partner.auth).send({ url: PUBLIC_URL, events })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { subscription, signingSecret } = created.body
    expect(created.headers.location).toBe(`${WEBHOOKS}/${subscription.id}`)
    expect(created.headers['cache-control']).toBe('no-store')
    expect(signingSecret).toMatch(/^whsec_[\w-]{43}$/)
    expect(subscription).toMatchObject({ url: PUBLIC_URL, events, status: 'active', version: 1 })
    const [row] = await t.db
      .select()
      .from(webhookSubscriptions)
      .where(eq(webhookSubscriptions.id, subscription.id))
    expect(row?.organisationId).toBe(partner.municipalityId)
    expect(row?.apiClientId).toBe(partner.client.id)
    expect(row?.secretEncrypted).not.toContain(signingSecret)
    expect(row?.secretEncrypted).toMatch(/^v1:/)
    expect(JSON.stringify((await auditRowsOf(t.db, 'webhook.create', subscription.id))[0])).not.toContain(
      signingSecret,
    )

    const read = await t.http().get(`${WEBHOOKS}/${subscription.id}`).set(partner.auth)
    expect(read.status).toBe(200)
    expect(read.headers.etag).toBe('"1"')
    expect(read.body).not.toHaveProperty('signingSecret')
    const list = await t.http().get(WEBHOOKS).set(partner.auth)
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([subscription.id])
  })

  it('changes URL and events with If-Match, re-enables a disabled subscription, and deletes', async () => {
    const partner = await partnerClient(t, { scopes: ['webhooks:manage'] })
    const created = await t.http().post(WEBHOOKS).set(partner.auth).send({ url: PUBLIC_URL, events })
    const path = `${WEBHOOKS}/${created.body.subscription.id}`
    expectProblem(
      await t
        .http()
        .patch(path)
        .set(partner.auth)
        .send({ events: ['referral.declined'] }),
      428,
      '/problems/if-match-required',
    )
    expectProblem(
      await t
        .http()
        .patch(path)
        .set(partner.auth)
        .set(ifMatch(7))
        .send({ events: ['referral.declined'] }),
      412,
      '/problems/stale-version',
    )
    const changed = await t
      .http()
      .patch(path)
      .set(partner.auth)
      .set(ifMatch(1))
      .send({ url: 'https://93.184.215.14/other', events: ['referral.declined'] })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.body).toMatchObject({
      url: 'https://93.184.215.14/other',
      events: ['referral.declined'],
      version: 2,
    })
    await t.db
      .update(webhookSubscriptions)
      .set({
        disabledAt: new Date(),
        disabledReason: 'Disabled after 10 failed attempts in a row.',
        consecutiveFailures: 10,
      })
      .where(eq(webhookSubscriptions.id, created.body.subscription.id))
    expect((await t.http().get(path).set(partner.auth)).body).toMatchObject({ status: 'disabled' })
    const enabled = await t.http().patch(path).set(partner.auth).set(ifMatch(2)).send({ enabled: true })
    expect(enabled.body).toMatchObject({
      status: 'active',
      disabledAt: null,
      disabledReason: null,
      consecutiveFailures: 0,
      version: 3,
    })
    expect((await t.http().delete(path).set(partner.auth)).status).toBe(204)
    expectProblem(await t.http().get(path).set(partner.auth), 404, '/problems/not-found')
  })

  it('needs the webhooks:manage scope and a client token; another partner’s webhook is not found', async () => {
    const partner = await partnerClient(t, { scopes: ['webhooks:manage'] })
    const created = await t.http().post(WEBHOOKS).set(partner.auth).send({ url: PUBLIC_URL, events })
    const path = `${WEBHOOKS}/${created.body.subscription.id}`
    const referrer = await partnerClient(t, { scopes: ['referrals:write'] })
    expectProblem(
      await t.http().post(WEBHOOKS).set(referrer.auth).send({ url: PUBLIC_URL, events }),
      403,
      '/problems/insufficient-scope',
    )
    expectProblem(await t.http().get(WEBHOOKS).set(partner.admin.auth), 403, '/problems/forbidden')
    // Another municipality, and another client of the same centre and municipality, see nothing of it.
    const other = await partnerClient(t, { scopes: ['webhooks:manage'] })
    const sibling = await partnerClient(t, {
      scopes: ['webhooks:manage'],
      centreId: partner.centreId,
      municipalityId: partner.municipalityId,
    })
    for (const stranger of [other, sibling]) {
      expectProblem(await t.http().get(path).set(stranger.auth), 404, '/problems/not-found')
      expectProblem(
        await t.http().patch(path).set(stranger.auth).set(ifMatch(1)).send({ events }),
        404,
        '/problems/not-found',
      )
      expectProblem(await t.http().delete(path).set(stranger.auth), 404, '/problems/not-found')
      expectProblem(await t.http().get(`${path}/deliveries`).set(stranger.auth), 404, '/problems/not-found')
      expect((await t.http().get(WEBHOOKS).set(stranger.auth)).body.items).toEqual([])
    }
    expect((await t.http().get(path).set(partner.auth)).status).toBe(200)
  })

  it.each([
    ['ftp://example.com/hooks', 400, '/problems/validation'],
    ['not a url', 400, '/problems/validation'],
    ['https://user:pw@example.com/hooks', 400, '/problems/validation'],
    ['http://127.0.0.1:8080/hooks', 422, '/problems/webhook-target-not-allowed'],
    ['http://10.0.0.1/hooks', 422, '/problems/webhook-target-not-allowed'],
    ['http://172.16.5.4/hooks', 422, '/problems/webhook-target-not-allowed'],
    ['http://192.168.1.1/hooks', 422, '/problems/webhook-target-not-allowed'],
    ['http://100.64.0.1/hooks', 422, '/problems/webhook-target-not-allowed'],
    ['http://0.0.0.0/hooks', 422, '/problems/webhook-target-not-allowed'],
    ['http://169.254.169.254/latest/meta-data', 422, '/problems/webhook-target-not-allowed'],
    ['http://224.0.0.1/hooks', 422, '/problems/webhook-target-not-allowed'],
    ['http://[::1]/hooks', 422, '/problems/webhook-target-not-allowed'],
    ['http://[fe80::1]/hooks', 422, '/problems/webhook-target-not-allowed'],
    ['http://[fd00::1]/hooks', 422, '/problems/webhook-target-not-allowed'],
    ['http://[::ffff:127.0.0.1]/hooks', 422, '/problems/webhook-target-not-allowed'],
    ['http://[::ffff:a9fe:a9fe]/hooks', 422, '/problems/webhook-target-not-allowed'],
    ['http://2130706433/hooks', 422, '/problems/webhook-target-not-allowed'],
    ['http://localhost:3000/hooks', 422, '/problems/webhook-target-not-allowed'],
  ])('refuses %s (%i) and stores nothing', async (url, status, type) => {
    const partner = await partnerClient(t, { scopes: ['webhooks:manage'] })
    const problem = expectProblem(
      await t.http().post(WEBHOOKS).set(partner.auth).send({ url, events }),
      status,
      type,
    )
    if (status === 400) expect(problem.errors?.[0]?.pointer).toBe('/body/url')
    const rows = await t.db
      .select()
      .from(webhookSubscriptions)
      .where(eq(webhookSubscriptions.apiClientId, partner.client.id))
    expect(rows).toEqual([])
  })

  it('refuses a private URL on a change too, and keeps the old one', async () => {
    const partner = await partnerClient(t, { scopes: ['webhooks:manage'] })
    const created = await t.http().post(WEBHOOKS).set(partner.auth).send({ url: PUBLIC_URL, events })
    const path = `${WEBHOOKS}/${created.body.subscription.id}`
    expectProblem(
      await t.http().patch(path).set(partner.auth).set(ifMatch(1)).send({ url: 'http://10.1.2.3/' }),
      422,
      '/problems/webhook-target-not-allowed',
    )
    expect((await t.http().get(path).set(partner.auth)).body).toMatchObject({ url: PUBLIC_URL, version: 1 })
  })

  it('refuses events that cannot be subscribed to', async () => {
    const partner = await partnerClient(t, { scopes: ['webhooks:manage'] })
    for (const bad of [[], ['referral.received'], ['referral.accepted', 'referral.accepted']])
      expectProblem(
        await t.http().post(WEBHOOKS).set(partner.auth).send({ url: PUBLIC_URL, events: bad }),
        400,
        '/problems/validation',
      )
  })
})
