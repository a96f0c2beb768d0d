import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { apiClientSecrets, apiClients, auditLog, idempotencyKeys } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { createOrganisation, signedInUser } from '../support/factories.js'
import { createMunicipality, partnerClient, requestClientToken } from '../support/partner-factories.js'
import { createPartnership } from '../support/partnership-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'
import { queryRows } from '../support/sql.js'
import { craftJwt } from '../support/tokens.js'

const t = useTestApp()

const clientsOf = (partnerId: string) => `/api/v1/partners/${partnerId}/clients`

async function centreWithMunicipality(spec: Parameters<typeof createPartnership>[3] = {}) {
  const centre = await createOrganisation(t.db)
  const municipality = await createMunicipality(t.db)
  await createPartnership(t.db, centre.id, municipality.id, spec)
  const admin = await signedInUser(t, { roles: ['admin'], organisationId: centre.id })
  return { centre, municipality, admin }
}

describe('API clients of partner municipalities', () => {
  it('are issued by an admin with a secret shown once and kept only as a hash, nowhere else', async () => {
    const { municipality, admin } = await centreWithMunicipality()
    const response = await t
      .http()
      .post(clientsOf(municipality.id))
      .set(admin.auth)
      .set('idempotency-key', 'issue-1')
      .send({ name: 'VTAS integracija', scopes: ['referrals:write', 'referrals:read'] })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.headers['cache-control']).toBe('no-store')
    const { client, clientSecret } = response.body
    expect(response.headers.location).toBe(`${clientsOf(municipality.id)}/${client.id}`)
    expect(client).toMatchObject({
      clientId: expect.stringMatching(/^osc_[0-9a-f]{16}$/),
      name: 'VTAS integracija',
      partnerOrganisation: { id: municipality.id, name: municipality.name },
      scopes: ['referrals:write', 'referrals:read'],
      status: 'active',
      secrets: [{ hint: clientSecret.slice(-4), expiresAt: null }],
    })
    expect(clientSecret).toMatch(/^oss_[A-Za-z0-9_-]{43}$/)
    // Neither the idempotency store, the audit log nor the clients' tables hold the secret itself.
    const stored = JSON.stringify([
      await t.db.select().from(idempotencyKeys),
      await t.db.select().from(auditLog),
      await t.db.select().from(apiClients),
      await t.db.select().from(apiClientSecrets),
    ])
    expect(stored).not.toContain(clientSecret)
    const read = await t
      .http()
      .get(`${clientsOf(municipality.id)}/${client.id}`)
      .set(admin.auth)
    expect(read.status).toBe(200)
    expect(JSON.stringify(read.body)).not.toContain(clientSecret)
    const list = await t.http().get('/api/v1/partners').set(admin.auth)
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: municipality.id, partnershipLive: true, clients: [read.body] }),
    ])
  })

  it('are refused for a municipality without a live partnership, and not found for one never partnered or not a municipality', async () => {
    const { municipality, admin } = await centreWithMunicipality({ ended: true })
    const body = { name: 'Integracija', scopes: ['statistics:read'] }
    expectProblem(
      await t.http().post(clientsOf(municipality.id)).set(admin.auth).send(body),
      409,
      '/problems/partnership-not-live',
    )
    const stranger = await createMunicipality(t.db)
    expectProblem(
      await t.http().post(clientsOf(stranger.id)).set(admin.auth).send(body),
      404,
      '/problems/not-found',
    )
    const centre = await createOrganisation(t.db)
    await createPartnership(t.db, admin.user.organisationId, centre.id)
    expectProblem(
      await t.http().post(clientsOf(centre.id)).set(admin.auth).send(body),
      404,
      '/problems/not-found',
    )
    expectValidationProblem(
      await t
        .http()
        .post(clientsOf(municipality.id))
        .set(admin.auth)
        .send({ name: 'x', scopes: ['everything'] }),
      ['/name', '/scopes/0'],
    )
    const stored = await queryRows(
      t.db,
      sql`select id from api_clients where partner_organisation_id in (${municipality.id}, ${stranger.id}, ${centre.id})`,
    )
    expect(stored).toEqual([])
  })

  it('are for admins of the issuing organisation only', async () => {
    const issued = await partnerClient(t, { scopes: ['referrals:read'] })
    const path = `${clientsOf(issued.municipalityId)}/${issued.client.id}`
    const coordinator = await signedInUser(t, { roles: ['coordinator'], organisationId: issued.centreId })
    expectProblem(await t.http().get(path).set(coordinator.auth), 403, '/problems/forbidden')
    // Another centre's admin, even in a partnership with the same municipality, does not see the client.
    const other = await centreWithMunicipality()
    await createPartnership(t.db, other.centre.id, issued.municipalityId)
    expectProblem(await t.http().get(path).set(other.admin.auth), 404, '/problems/not-found')
    expectProblem(await t.http().post(`${path}/revoke`).set(other.admin.auth), 404, '/problems/not-found')
    const list = await t.http().get('/api/v1/partners').set(other.admin.auth)
    expect(list.body.items.find((m: { id: string }) => m.id === issued.municipalityId).clients).toEqual([])
  })
})

describe('POST /api/v1/auth/token', () => {
  it('gives a short-lived token with the granted scopes, from a form, JSON or HTTP Basic credentials', async () => {
    const issued = await partnerClient(t, { scopes: ['referrals:write', 'statistics:read'] })
    const { clientId } = issued.client
    const form = await t
      .http()
      .post('/api/v1/auth/token')
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: clientId, client_secret: issued.clientSecret })
    expect(form.status, JSON.stringify(form.body)).toBe(200)
    expect(form.headers['cache-control']).toBe('no-store')
    expect(form.body).toEqual({
      access_token: expect.any(String),
      token_type: 'Bearer',
      expires_in: t.config.partners.tokenSeconds,
      scope: 'referrals:write statistics:read',
    })
    const basic = await t
      .http()
      .post('/api/v1/auth/token')
      .auth(clientId, issued.clientSecret)
      .type('form')
      .send({ grant_type: 'client_credentials', scope: 'statistics:read' })
    expect(basic.body.scope).toBe('statistics:read')
    const json = await requestClientToken(t, clientId, issued.clientSecret, 'referrals:write')
    expect(json.body.scope).toBe('referrals:write')
    const audited = await t.db.select().from(auditLog).where(eq(auditLog.entityId, issued.client.id))
    expect(audited.filter((a) => a.action === 'api-client.token' && a.outcome === 'success')).toHaveLength(4)
  })

  it('refuses wrong credentials, other grants and scopes not granted, with OAuth error codes', async () => {
    const issued = await partnerClient(t, { scopes: ['referrals:read'] })
    const { clientId } = issued.client
    const wrong = await requestClientToken(t, clientId, `${issued.clientSecret}x`)
    expect(expectProblem(wrong, 401, '/problems/invalid-client')).toMatchObject({ error: 'invalid_client' })
    expect(wrong.headers['www-authenticate']).toMatch(/^Basic/)
    expectProblem(
      await requestClientToken(t, 'osc_0000000000000000', issued.clientSecret),
      401,
      '/problems/invalid-client',
    )
    expectProblem(
      await t.http().post('/api/v1/auth/token').send({ grant_type: 'client_credentials' }),
      401,
      '/problems/invalid-client',
    )
    const password = await t
      .http()
      .post('/api/v1/auth/token')
      .send({ grant_type: 'password', client_id: clientId, client_secret: issued.clientSecret })
    expect(expectProblem(password, 400, '/problems/unsupported-grant-type')).toMatchObject({
      error: 'unsupported_grant_type',
    })
    const scope = await requestClientToken(t, clientId, issued.clientSecret, 'referrals:read webhooks:manage')
    expect(expectProblem(scope, 400, '/problems/invalid-scope').detail).toContain('webhooks:manage')
    expectProblem(
      await t
        .http()
        .post('/api/v1/auth/token')
        .set('content-type', 'text/plain')
        .send('grant_type=client_credentials'),
      415,
      '/problems/unsupported-media-type',
    )
  })
})

describe('a client token', () => {
  // No partner operation needs this client's token here: a staff route answers 403 to a working client token
  // and 401 to one that no longer works, which is what these tests tell apart.
  const me = (auth: { authorization: string }) => t.http().get('/api/v1/auth/me').set(auth)

  it('opens no staff operation', async () => {
    const issued = await partnerClient(t)
    expectProblem(await me(issued.auth), 403, '/problems/forbidden')
    expectProblem(await t.http().get('/api/v1/families').set(issued.auth), 403, '/problems/forbidden')
  })

  it('stops working at once when the client is revoked, and no new one is issued', async () => {
    const issued = await partnerClient(t)
    const path = `${clientsOf(issued.municipalityId)}/${issued.client.id}/revoke`
    const revoked = await t.http().post(path).set(issued.admin.auth)
    expect(revoked.status).toBe(200)
    expect(revoked.body).toMatchObject({ status: 'revoked', secrets: [], revokedAt: expect.any(String) })
    expectProblem(await me(issued.auth), 401, '/problems/invalid-token')
    expectProblem(
      await requestClientToken(t, issued.client.clientId, issued.clientSecret),
      401,
      '/problems/invalid-client',
    )
    expectProblem(await t.http().post(path).set(issued.admin.auth), 409, '/problems/api-client-revoked')
    expectProblem(
      await t.http().post(path.replace('/revoke', '/secret')).set(issued.admin.auth).send({}),
      409,
      '/problems/api-client-revoked',
    )
  })

  it('keeps the old secret working through a rotation’s overlap, and not after a second rotation or an overlap of 0', async () => {
    const issued = await partnerClient(t)
    const rotate = (overlapHours: number) =>
      t
        .http()
        .post(`${clientsOf(issued.municipalityId)}/${issued.client.id}/secret`)
        .set(issued.admin.auth)
        .send({ overlapHours })
    const first = await rotate(24)
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.clientSecret).not.toBe(issued.clientSecret)
    expect(first.body.client.secrets).toEqual([
      expect.objectContaining({ hint: issued.clientSecret.slice(-4), expiresAt: expect.any(String) }),
      expect.objectContaining({ hint: first.body.clientSecret.slice(-4), expiresAt: null }),
    ])
    const old = await requestClientToken(t, issued.client.clientId, issued.clientSecret)
    expect(old.status).toBe(200)
    expectProblem(await me(issued.auth), 403, '/problems/forbidden')
    // A second rotation ends the first secret at once, whatever overlap remained.
    const second = await rotate(0)
    expect(second.body.client.secrets).toEqual([
      expect.objectContaining({ hint: second.body.clientSecret.slice(-4), expiresAt: null }),
    ])
    for (const secret of [issued.clientSecret, first.body.clientSecret])
      expectProblem(
        await requestClientToken(t, issued.client.clientId, secret),
        401,
        '/problems/invalid-client',
      )
    // Tokens issued with a rotated-out secret die with it.
    expectProblem(await me(issued.auth), 401, '/problems/invalid-token')
    expect((await requestClientToken(t, issued.client.clientId, second.body.clientSecret)).status).toBe(200)
  })

  it('stops working when the partnership ends, and when it has expired', async () => {
    const issued = await partnerClient(t)
    await t.db.execute(sql`update partnerships set ended_at = now(), ended_by_id = proposed_by_id, end_reason = 'Sutartis baigėsi.'
      where partner_organisation_id = ${issued.municipalityId}`)
    expectProblem(await me(issued.auth), 401, '/problems/invalid-token')
    expectProblem(
      await requestClientToken(t, issued.client.clientId, issued.clientSecret),
      401,
      '/problems/invalid-client',
    )
  })

  it('is refused once expired, or signed with another secret', async () => {
    const issued = await partnerClient(t)
    const payload = JSON.parse(Buffer.from(issued.token.split('.')[1] ?? '', 'base64url').toString())
    const expired = t.app.jwt.sign({ ...payload, exp: undefined, iat: undefined }, { expiresIn: -10 })
    expectProblem(await me({ authorization: `Bearer ${expired}` }), 401, '/problems/invalid-token')
    const forged = craftJwt({ ...payload }, { secret: 'another-secret-of-at-least-32-characters' })
    expectProblem(await me({ authorization: `Bearer ${forged}` }), 401, '/problems/invalid-token')
  })
})
