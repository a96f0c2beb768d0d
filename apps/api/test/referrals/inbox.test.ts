import { and, eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { consents, families, referralEvents, referrals } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { auditRowsOf, signedInUser } from '../support/factories.js'
import { familyPath, intakeFamily, membersOf } from '../support/family-factories.js'
import { partnerClient } from '../support/partner-factories.js'
import {
  accept,
  closeFamily,
  INBOX,
  REFERRALS,
  refer,
  referralMembers,
} from '../support/referral-factories.js'
import { queryRows } from '../support/sql.js'

const t = useTestApp()

/** A centre with a partner municipality's client, and the centre's inbox staff. */
async function centre() {
  const partner = await partnerClient(t)
  const organisationId = partner.centreId
  const caseManager = await signedInUser(t, {
    roles: ['case_manager'],
    organisationId,
    name: 'Rūta Vadybininkė',
  })
  const intake = await signedInUser(t, { roles: ['intake'], organisationId })
  const coordinator = await signedInUser(t, { roles: ['coordinator'], organisationId })
  const specialist = await signedInUser(t, { roles: ['specialist'], organisationId })
  return { partner, caseManager, intake, coordinator, specialist }
}

describe('the referral inbox', () => {
  it('lists received referrals by answer due time with overdue computed, filtered by status and urgency', async () => {
    const { partner, intake, specialist } = await centre()
    const routine = await refer(t, partner.auth, { urgency: 'routine' })
    const urgent = await refer(t, partner.auth, { urgency: 'urgent' })
    const late = await refer(t, partner.auth, { urgency: 'routine' })
    await t.db
      .update(referrals)
      .set({ answerDueAt: sql`now() - interval '1 hour'` })
      .where(eq(referrals.id, late.id))

    const list = await t.http().get(INBOX).set(intake.auth)
    expect(list.status).toBe(200)
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([late.id, urgent.id, routine.id])
    expect(list.body.items.map((r: { overdue: boolean }) => r.overdue)).toEqual([true, false, false])
    expect(list.body.items[0]).toMatchObject({ personCount: 2, status: 'received' })
    const urgentOnly = await t.http().get(`${INBOX}?urgency=urgent`).set(intake.auth)
    expect(urgentOnly.body.items.map((r: { id: string }) => r.id)).toEqual([urgent.id])
    const paged = await t.http().get(`${INBOX}?limit=2`).set(intake.auth)
    const next = await t.http().get(`${INBOX}?limit=2&cursor=${paged.body.nextCursor}`).set(intake.auth)
    expect(next.body.items.map((r: { id: string }) => r.id)).toEqual([routine.id])
    expect((await t.http().get(`${INBOX}?status=declined`).set(intake.auth)).body.items).toEqual([])
    expect((await t.http().get(INBOX).set(specialist.auth)).status).toBe(403)
    const outsider = await signedInUser(t, { roles: ['admin'] })
    expect((await t.http().get(INBOX).set(outsider.auth)).body.items).toEqual([])
    expect((await t.http().get(`${INBOX}/${late.id}`).set(outsider.auth)).status).toBe(404)
  })

  it('reads a referral with its persons (codes decrypted, audited) and families matching by code or name and birth date', async () => {
    const { partner, caseManager } = await centre()
    const members = referralMembers()
    const [mother, child] = members
    const byCode = await intakeFamily(t, caseManager.auth, {
      members: [{ ...mother, givenName: 'Kitavardė', contacts: undefined }],
    })
    const byName = await intakeFamily(t, caseManager.auth, {
      members: [{ ...child, givenName: 'JONAS', personalCode: undefined }],
    })
    await intakeFamily(t, caseManager.auth) // nobody of the referral
    const referral = await refer(t, partner.auth, { members })

    const read = await t.http().get(`${INBOX}/${referral.id}`).set(caseManager.auth)
    expect(read.status, JSON.stringify(read.body)).toBe(200)
    expect(read.body.persons.map((p: { personalCode: string | null }) => p.personalCode)).toEqual([
      mother?.personalCode,
      null,
    ])
    expect(read.body.persons[0].contacts).toEqual(mother?.contacts)
    const personIds = read.body.persons.map((p: { id: string }) => p.id)
    const matches = Object.fromEntries(
      read.body.matches.map((m: { family: { id: string }; persons: object[] }) => [m.family.id, m]),
    )
    expect(Object.keys(matches).sort()).toEqual([byCode.id, byName.id].sort())
    expect(matches[byCode.id]).toMatchObject({
      family: { referenceCode: byCode.referenceCode, status: 'intake' },
      persons: [{ referralPersonId: personIds[0], matchedBy: 'personal_code' }],
    })
    expect(matches[byName.id].persons).toMatchObject([
      { referralPersonId: personIds[1], matchedBy: 'name_and_birth_date' },
    ])
    const [audited] = await auditRowsOf(t.db, 'incoming-referral.read', referral.id)
    expect(audited?.actorId).toBe(caseManager.user.id)
  })

  it('accepts into a new family taken in with the persons, risk factors and the adults’ consent to share', async () => {
    const { partner, caseManager } = await centre()
    const referral = await refer(t, partner.auth, { riskFactors: ['abuse_and_violence'] })
    const accepted = await accept(t, caseManager.auth, referral.id)
    expect(accepted).toMatchObject({ id: referral.id, status: 'accepted' })
    const family = await t.http().get(familyPath(accepted.familyId)).set(caseManager.auth)
    expect(family.body).toMatchObject({
      status: 'intake',
      referralSource: 'child_rights_service',
      riskFactors: ['abuse_and_violence'],
      caseManager: { id: caseManager.user.id },
    })
    const members = await membersOf(t, caseManager.auth, accepted.familyId)
    expect(members.map((m) => m.givenName).sort()).toEqual(['Asta', 'Jonas'])
    const given = await t.db
      .select()
      .from(consents)
      .where(and(eq(consents.familyId, accepted.familyId), eq(consents.purpose, 'share_with_municipality')))
    expect(given).toHaveLength(1)
    expect(given[0]).toMatchObject({
      given: true,
      personId: members.find((m) => m.role === 'parent')?.personId,
    })
    const events = await t.db.select().from(referralEvents).where(eq(referralEvents.referralId, referral.id))
    expect(events.map((e) => e.type).sort()).toEqual(['referral.accepted', 'referral.received'])

    const followed = await t.http().get(`${REFERRALS}/${referral.id}`).set(partner.auth)
    expect(followed.body).toMatchObject({
      status: 'accepted',
      contactPerson: { name: 'Rūta Vadybininkė', email: caseManager.user.email },
    })
    expect(followed.body.decidedAt).not.toBeNull()
  })

  it('lists on the family the referrals it was accepted from, to those who may read the family, audited', async () => {
    const { partner, caseManager, specialist } = await centre()
    const first = await refer(t, partner.auth, { partnerReference: 'VTAS-1', urgency: 'urgent' })
    const accepted = await accept(t, caseManager.auth, first.id)
    const second = await refer(t, partner.auth, { partnerReference: 'VTAS-2' })
    await accept(t, caseManager.auth, second.id, { familyId: accepted.familyId })
    await refer(t, partner.auth, { partnerReference: 'VTAS-3' }) // still waiting, into no family
    const path = `${familyPath(accepted.familyId)}/received-referrals`

    const list = await t.http().get(path).set(caseManager.auth)
    expect(list.status, JSON.stringify(list.body)).toBe(200)
    expect(list.body.items.map((r: { partnerReference: string }) => r.partnerReference)).toEqual([
      'VTAS-1',
      'VTAS-2',
    ])
    expect(list.body.items[0]).toMatchObject({ status: 'accepted', urgency: 'urgent', personCount: 2 })
    const [audited] = await auditRowsOf(t.db, 'incoming-referral.list', accepted.familyId)
    expect(audited?.details).toMatchObject({ referrals: [first.id, second.id] })
    // A specialist outside the case team may not read the family, nor anyone of another organisation.
    expect((await t.http().get(path).set(specialist.auth)).status).toBe(404)
    const outsider = await signedInUser(t, { roles: ['admin'] })
    expect((await t.http().get(path).set(outsider.auth)).status).toBe(404)
  })

  it('replays an accept to a retry with its Idempotency-Key, keeping the answer encrypted', async () => {
    const { partner, caseManager } = await centre()
    const members = referralMembers()
    const code = members[0]?.personalCode ?? ''
    expect(code).not.toBe('')
    const referral = await refer(t, partner.auth, { members })
    const send = () =>
      t
        .http()
        .post(`${INBOX}/${referral.id}/accept`)
        .set(caseManager.auth)
        .set('idempotency-key', 'accept-1')
        .send({})
    const first = await send()
    const retry = await send()
    expect([first.status, retry.status]).toEqual([200, 200])
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(retry.body).toEqual(first.body)
    expect(JSON.stringify(first.body)).toContain(code)
    const [kept] = await queryRows<{ n: number; plain: number }>(
      t.db,
      sql`select count(*)::int as n, count(*) filter (where response_body like ${`%${code}%`})::int as plain
        from idempotency_keys where key = 'accept-1'`,
    )
    expect(kept).toEqual({ n: 1, plain: 0 })
  })

  it('accepts into an existing family without adding a person known by personal code twice', async () => {
    const { partner, caseManager } = await centre()
    const members = referralMembers()
    const existing = await intakeFamily(t, caseManager.auth, {
      members: [{ ...members[0], contacts: undefined }],
      riskFactors: ['dependence'],
    })
    const referral = await refer(t, partner.auth, { members, riskFactors: ['high_conflict_separation'] })
    const tooMuch = await t
      .http()
      .post(`${INBOX}/${referral.id}/accept`)
      .set(caseManager.auth)
      .send({ familyId: existing.id, caseManagerId: caseManager.user.id })
    expect(tooMuch.status).toBe(400)
    const accepted = await accept(t, caseManager.auth, referral.id, { familyId: existing.id })
    expect(accepted.familyId).toBe(existing.id)
    const current = await membersOf(t, caseManager.auth, existing.id)
    expect(current.map((m) => m.givenName).sort()).toEqual(['Asta', 'Jonas'])
    const [row] = await t.db.select().from(families).where(eq(families.id, existing.id))
    expect(row?.riskFactors).toEqual(['dependence', 'high_conflict_separation'])
  })

  it('refuses a case manager who is none, leaving the referral pending and no family taken in', async () => {
    const { partner, intake, specialist } = await centre()
    const referral = await refer(t, partner.auth)
    const refused = await t
      .http()
      .post(`${INBOX}/${referral.id}/accept`)
      .set(intake.auth)
      .send({ caseManagerId: specialist.user.id })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0]).toMatchObject({ pointer: '/caseManagerId', code: 'not-a-case-manager' })
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, referral.id))
    expect(row?.status).toBe('received')
    expect(await t.db.select().from(families).where(eq(families.organisationId, partner.centreId))).toEqual(
      [],
    )
  })

  it('declines with a reason the partner sees; a second decision is 409 and changes nothing', async () => {
    const { partner, intake, caseManager } = await centre()
    const referral = await refer(t, partner.auth)
    const short = await t
      .http()
      .post(`${INBOX}/${referral.id}/decline`)
      .set(intake.auth)
      .send({ reason: 'Ne.' })
    expect(short.status).toBe(400)
    const reason = 'Šeima gyvena ne mūsų aptarnaujamoje teritorijoje.'
    const declined = await t.http().post(`${INBOX}/${referral.id}/decline`).set(intake.auth).send({ reason })
    expect(declined.status).toBe(200)
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: reason, familyId: null })
    const again = await t.http().post(`${INBOX}/${referral.id}/accept`).set(caseManager.auth).send({})
    expect(again.status).toBe(409)
    expect(again.body.type).toBe('/problems/referral-not-pending')
    const followed = await t.http().get(`${REFERRALS}/${referral.id}`).set(partner.auth)
    expect(followed.body).toMatchObject({ status: 'declined', declineReason: reason, contactPerson: null })

    const other = await refer(t, partner.auth)
    await accept(t, caseManager.auth, other.id)
    const familiesBefore = await t.db
      .select()
      .from(families)
      .where(eq(families.organisationId, partner.centreId))
    for (const path of ['accept', 'decline']) {
      const second = await t
        .http()
        .post(`${INBOX}/${other.id}/${path}`)
        .set(caseManager.auth)
        .send(path === 'decline' ? { reason } : {})
      expect(second.status).toBe(409)
    }
    const familiesAfter = await t.db
      .select()
      .from(families)
      .where(eq(families.organisationId, partner.centreId))
    expect(familiesAfter).toHaveLength(familiesBefore.length)
  })

  it('closes accepted referrals with the family’s case; the partner view never carries case data', async () => {
    const { partner, caseManager } = await centre()
    const referral = await refer(t, partner.auth)
    const accepted = await accept(t, caseManager.auth, referral.id)
    const note = 'Mama pasakojo apie smurtą namuose, vaikas bijo tėvo.'
    const created = await t
      .http()
      .post(`${familyPath(accepted.familyId)}/notes`)
      .set(caseManager.auth)
      .send({ text: note, visibility: 'team' })
    expect(created.status).toBe(201)
    const [mother] = (await membersOf(t, caseManager.auth, accepted.familyId)).filter(
      (m) => m.role === 'parent',
    )
    const newPhone = '+370 699 11223'
    const phone = await t
      .http()
      .patch(`${familyPath(accepted.familyId)}/members/${mother?.id}`)
      .set(caseManager.auth)
      .send({ contacts: { phone: newPhone } })
    expect(phone.status, JSON.stringify(phone.body)).toBe(200)
    const [family] = await t.db.select().from(families).where(eq(families.id, accepted.familyId))
    await closeFamily(t, caseManager.auth, accepted.familyId, family?.version ?? 1)

    const followed = await t.http().get(`${REFERRALS}/${referral.id}`).set(partner.auth)
    const listed = await t.http().get(REFERRALS).set(partner.auth)
    expect(followed.body.status).toBe('case_closed')
    expect(followed.body.closedAt).not.toBeNull()
    expect(followed.body.history.map((e: { type: string }) => e.type)).toEqual([
      'referral.received',
      'referral.accepted',
      'case.closed',
    ])
    for (const answer of [JSON.stringify(followed.body), JSON.stringify(listed.body)])
      for (const secret of [
        accepted.familyId,
        family?.referenceCode ?? '',
        note,
        newPhone,
        mother?.personId ?? '',
      ])
        expect(answer).not.toContain(secret)
  })
})
