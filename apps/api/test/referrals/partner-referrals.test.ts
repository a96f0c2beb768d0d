import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, referralPersons, referrals } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { signedInUser } from '../support/factories.js'
import { partnerClient } from '../support/partner-factories.js'
import { INBOX, REFERRALS, refer, referralBody } from '../support/referral-factories.js'
import { queryRows } from '../support/sql.js'

describe('partner referrals', () => {
  const t = useTestApp()

  it('stores a referral from the municipality to the issuing centre, encrypted, with its event and due time', async () => {
    const partner = await partnerClient(t)
    const body = referralBody({ urgency: 'urgent' })
    const response = await t.http().post(REFERRALS).set(partner.auth).send(body)
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.headers.location).toBe(`${REFERRALS}/${response.body.id}`)
    expect(response.body).toMatchObject({
      partnerReference: body.partnerReference,
      toOrganisation: { id: partner.centreId },
      status: 'received',
      urgency: 'urgent',
      decidedAt: null,
      contactPerson: null,
      history: [{ type: 'referral.received' }],
    })
    const due = Date.parse(response.body.answerDueAt) - Date.parse(response.body.receivedAt)
    expect(due).toBe(24 * 3_600_000)
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, response.body.id))
    expect(row).toMatchObject({
      fromOrganisationId: partner.municipalityId,
      toOrganisationId: partner.centreId,
      apiClientId: partner.client.id,
      referredById: null,
    })
    const persons = await t.db
      .select()
      .from(referralPersons)
      .where(eq(referralPersons.referralId, response.body.id))
      .orderBy(referralPersons.position)
    expect(persons).toHaveLength(2)
    const code = body.members[0]?.personalCode ?? ''
    expect(persons[0]?.personalCodeEncrypted).not.toContain(code)
    expect(persons[0]?.personalCodeHash).toMatch(/\S/)
    expect(JSON.stringify(persons)).not.toContain(code)
    expect(persons[1]?.personalCodeEncrypted).toBeNull()
  })

  it('lists and reads only the municipality’s own referrals to the centre, paged and by status', async () => {
    const partner = await partnerClient(t)
    const ids = []
    for (let i = 0; i < 3; i++) ids.push((await refer(t, partner.auth)).id)
    const other = await partnerClient(t, { centreId: partner.centreId })
    const foreign = await refer(t, other.auth)

    const first = await t.http().get(`${REFERRALS}?limit=2`).set(partner.auth)
    expect(first.status).toBe(200)
    expect(first.body.items.map((r: { id: string }) => r.id)).toEqual([ids[2], ids[1]])
    const second = await t
      .http()
      .get(`${REFERRALS}?limit=2&cursor=${first.body.nextCursor}`)
      .set(partner.auth)
    expect(second.body.items.map((r: { id: string }) => r.id)).toEqual([ids[0]])
    expect(second.body.nextCursor).toBeNull()
    const declined = await t.http().get(`${REFERRALS}?status=declined`).set(partner.auth)
    expect(declined.body.items).toEqual([])

    const read = await t.http().get(`${REFERRALS}/${ids[0]}`).set(partner.auth)
    expect(read.status).toBe(200)
    expect(read.body.id).toBe(ids[0])
    const notMine = await t.http().get(`${REFERRALS}/${foreign.id}`).set(partner.auth)
    expect(notMine.status).toBe(404)
  })

  it('refuses a token without the scope (403), a revoked client (401) and staff (403)', async () => {
    const readOnly = await partnerClient(t, { scopes: ['referrals:read'] })
    const refused = await t.http().post(REFERRALS).set(readOnly.auth).send(referralBody())
    expect(refused.status).toBe(403)
    expect(refused.body.type).toBe('/problems/insufficient-scope')
    const writeOnly = await partnerClient(t, { scopes: ['referrals:write'] })
    expect((await t.http().get(REFERRALS).set(writeOnly.auth)).status).toBe(403)

    const partner = await partnerClient(t)
    const revoke = await t
      .http()
      .post(`/api/v1/partners/${partner.municipalityId}/clients/${partner.client.id}/revoke`)
      .set(partner.admin.auth)
    expect(revoke.status).toBe(200)
    expect((await t.http().post(REFERRALS).set(partner.auth).send(referralBody())).status).toBe(401)
    expect((await t.http().get(REFERRALS).set(partner.auth)).status).toBe(401)

    const staff = await signedInUser(t, { roles: ['admin'] })
    expect((await t.http().get(REFERRALS).set(staff.auth)).status).toBe(403)
  })

  it('refuses a referral without confirmed consent or with a wrong personal code, storing nothing', async () => {
    const partner = await partnerClient(t)
    const count = async () =>
      (
        await queryRows<{ n: number }>(
          t.db,
          sql`select count(*)::int as n from referrals where to_organisation_id = ${partner.centreId}`,
        )
      )[0]?.n
    const { consentConfirmed: _omitted, ...withoutConsent } = referralBody()
    for (const body of [withoutConsent, referralBody({ consentConfirmed: false })]) {
      const response = await t.http().post(REFERRALS).set(partner.auth).send(body)
      expect(response.status).toBe(400)
      expect(
        response.body.errors.map((e: { pointer: string }) => e.pointer),
        JSON.stringify(response.body),
      ).toContain('/consentConfirmed')
    }
    const [mother, child] = referralBody().members
    const wrongCode = await t
      .http()
      .post(REFERRALS)
      .set(partner.auth)
      .send(referralBody({ members: [child, { ...mother, personalCode: '48804121230' }] }))
    expect(wrongCode.status).toBe(400)
    expect(wrongCode.body.errors[0].pointer).toBe('/members/1/personalCode')
    const noMembers = await t
      .http()
      .post(REFERRALS)
      .set(partner.auth)
      .send(referralBody({ members: [] }))
    expect(noMembers.status).toBe(400)
    expect(await count()).toBe(0)
  })

  it('audits every call of the client with the centre as the data organisation', async () => {
    const partner = await partnerClient(t)
    const created = await refer(t, partner.auth)
    await t.http().get(REFERRALS).set(partner.auth)
    await t.http().get(`${REFERRALS}/${created.id}`).set(partner.auth)
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.actorId, partner.client.id))
    expect(rows.map((r) => r.action).sort()).toEqual(['referral.create', 'referral.list', 'referral.read'])
    for (const row of rows) {
      expect(row.organisationId).toBe(partner.municipalityId)
      expect(row.dataOrganisationId).toBe(partner.centreId)
    }
    // The centre's staff triage it in their inbox.
    const intake = await signedInUser(t, { roles: ['intake'], organisationId: partner.centreId })
    const inbox = await t.http().get(INBOX).set(intake.auth)
    expect(inbox.body.items.map((r: { id: string }) => r.id)).toContain(created.id)
  })
})
