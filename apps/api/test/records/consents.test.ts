import type { Consent } from '@onestop/contracts'
import { count, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { consents } from '../../src/db/schema/index.js'
import { maySendToPartners } from '../../src/modules/families/consents.js'
import { useTestApp } from '../support/app.js'
import { expectProblem } from '../support/problem.js'
import { type Auth, auditCount, type CaseSetup, caseWithTeam, familyUrl, otherFamily } from './support.js'

const t = useTestApp()

async function record(
  c: CaseSetup,
  memberId: string,
  body: { purpose: string; given: boolean; note?: string },
  auth: Auth = c.staff.caseManager.auth,
) {
  const response = await t
    .http()
    .post(familyUrl(c.family.id, `/members/${memberId}/consents`))
    .set(auth)
    .send(body)
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as Consent
}

const consentRows = async (familyId: string) => {
  const [row] = await t.db.select({ n: count() }).from(consents).where(eq(consents.familyId, familyId))
  return row?.n ?? -1
}

describe('POST /api/v1/families/:familyId/members/:memberId/consents', () => {
  it('appends to the history; the latest record is the current state', async () => {
    const c = await caseWithTeam(t)
    const given = await record(c, c.parent.id, {
      purpose: 'photos_video',
      given: true,
      note: 'Pasirašė raštu.',
    })
    expect(given).toMatchObject({
      familyId: c.family.id,
      personId: c.parent.personId,
      personName: `${c.parent.givenName} ${c.parent.familyName}`,
      purpose: 'photos_video',
      given: true,
      note: 'Pasirašė raštu.',
      recordedBy: { id: c.staff.caseManager.user.id },
    })
    const withdrawn = await record(c, c.parent.id, { purpose: 'photos_video', given: false })
    await record(c, c.child.id, { purpose: 'service_delivery', given: true, note: 'Už vaiką pasirašė mama.' })

    const [first] = await t.db.select().from(consents).where(eq(consents.id, given.id))
    expect(first?.given).toBe(true)
    expect(await consentRows(c.family.id)).toBe(3)

    const response = await t.http().get(familyUrl(c.family.id, '/consents')).set(c.staff.teamSpecialist.auth)
    expect(response.status).toBe(200)
    expect(response.body.history.map((h: Consent) => h.id)).toHaveLength(3)
    expect(response.body.history[1].id).toBe(withdrawn.id)
    const current = response.body.current as Consent[]
    expect(current).toHaveLength(2)
    expect(current.find((x) => x.purpose === 'photos_video')).toMatchObject({
      id: withdrawn.id,
      given: false,
    })
    expect(response.body.maySendToPartners).toBe(false)
    expect(await auditCount(t, c.staff.caseManager.user.id, 'consent.create', c.parent.personId)).toBe(2)
    expect(await auditCount(t, c.staff.teamSpecialist.user.id, 'consent.list', c.family.id)).toBe(1)
  })

  it('needs manage access: a team specialist gets 403 and nothing is stored', async () => {
    const c = await caseWithTeam(t)
    const response = await t
      .http()
      .post(familyUrl(c.family.id, `/members/${c.parent.id}/consents`))
      .set(c.staff.teamSpecialist.auth)
      .send({ purpose: 'research', given: true })
    expectProblem(response, 403, '/problems/forbidden')
    expect(await consentRows(c.family.id)).toBe(0)
  })

  it('answers 404 for a member of another family', async () => {
    const c = await caseWithTeam(t)
    const other = await otherFamily(t)
    const response = await t
      .http()
      .post(familyUrl(c.family.id, `/members/${other.member.id}/consents`))
      .set(c.staff.caseManager.auth)
      .send({ purpose: 'research', given: true })
    expectProblem(response, 404, '/problems/not-found')
    expect(await consentRows(c.family.id)).toBe(0)
    expect(await consentRows(other.family.id)).toBe(0)
  })

  it('refuses an unknown purpose', async () => {
    const c = await caseWithTeam(t)
    const response = await t
      .http()
      .post(familyUrl(c.family.id, `/members/${c.parent.id}/consents`))
      .set(c.staff.caseManager.auth)
      .send({ purpose: 'marketing', given: true })
    expectProblem(response, 400, '/problems/validation')
  })
})

describe('maySendToPartners', () => {
  it('is false until an adult gives share_with_municipality, and false again once anyone withdraws it', async () => {
    const c = await caseWithTeam(t)
    const share = { purpose: 'share_with_municipality' }
    expect(await maySendToPartners(t.db, c.family.id)).toBe(false)

    await record(c, c.child.id, { ...share, given: true })
    expect(await maySendToPartners(t.db, c.family.id), 'a child alone does not suffice').toBe(false)

    await record(c, c.parent.id, { ...share, given: true })
    expect(await maySendToPartners(t.db, c.family.id)).toBe(true)

    await record(c, c.parent.id, { purpose: 'photos_video', given: false })
    expect(await maySendToPartners(t.db, c.family.id), 'another purpose does not matter').toBe(true)

    await record(c, c.child.id, { ...share, given: false, note: 'Paauglys atšaukė sutikimą.' })
    expect(await maySendToPartners(t.db, c.family.id), "the child's withdrawal counts").toBe(false)

    await record(c, c.child.id, { ...share, given: true })
    expect(await maySendToPartners(t.db, c.family.id)).toBe(true)

    await record(c, c.parent.id, { ...share, given: false })
    expect(await maySendToPartners(t.db, c.family.id)).toBe(false)
    const listed = await t.http().get(familyUrl(c.family.id, '/consents')).set(c.staff.caseManager.auth)
    expect(listed.body.maySendToPartners).toBe(false)
  })

  it('is false for a family with no consents and for an unknown family', async () => {
    const other = await otherFamily(t)
    expect(await maySendToPartners(t.db, other.family.id)).toBe(false)
    expect(await maySendToPartners(t.db, '00000000-0000-4000-8000-000000000000')).toBe(false)
  })
})
