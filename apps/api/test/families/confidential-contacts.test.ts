import type { Member } from '@onestop/contracts'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { caseTeamMembers, families, persons } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { confidentialScene, expectNoSecret, memberPath, SECRET } from '../support/confidential-scene.js'
import { signedInUser } from '../support/factories.js'
import {
  auditOf,
  familyPath,
  familyTableCounts,
  intakeFamily,
  memberBody,
  membersOf,
} from '../support/family-factories.js'
import { createPartnership } from '../support/partnership-factories.js'
import { expectProblem } from '../support/problem.js'

/** Confidential contacts are read and changed only by the family's responsible case manager. */
const t = useTestApp()

const scene = () => confidentialScene(t)

async function consentToPartners(auth: { authorization: string }, familyId: string, memberId: string) {
  const given = await t
    .http()
    .post(`${memberPath(familyId, memberId)}/consents`)
    .set(auth)
    .send({ purpose: 'share_with_partners', given: true })
  expect(given.status, JSON.stringify(given.body)).toBe(201)
}

const personRow = async (id: string) => {
  const [row] = await t.db.select().from(persons).where(eq(persons.id, id))
  return row
}

const caseManagerOf = async (familyId: string) => {
  const [row] = await t.db
    .select({ id: families.caseManagerId })
    .from(families)
    .where(eq(families.id, familyId))
  return row?.id
}

describe('POST /api/v1/families/:familyId/members/:memberId/move', () => {
  it('answers a case manager who could not read the contacts without them, even in their own family', async () => {
    const { teamManager, family, member } = await scene()
    const own = await intakeFamily(t, teamManager.auth, { members: [] })
    expect(own.caseManager?.id).toBe(teamManager.user.id)
    const moved = await t
      .http()
      .post(`${memberPath(family.id, member.id)}/move`)
      .set(teamManager.auth)
      .send({ toFamilyId: own.id })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(moved.body).toMatchObject({ familyId: own.id, contacts: null, contactsConfidential: true })
    expectNoSecret(moved, 'the move answer')
  })

  it('shows them to the responsible case manager who moves the member', async () => {
    const { manager, family, member } = await scene()
    const target = await intakeFamily(t, manager.auth, { members: [] })
    const moved = await t
      .http()
      .post(`${memberPath(family.id, member.id)}/move`)
      .set(manager.auth)
      .send({ toFamilyId: target.id })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    expect(moved.body.contacts).toEqual(SECRET)
  })

  it('refuses partner staff on the team a move into their own family: 403, partners never move', async () => {
    const { org, family, member, manager } = await scene()
    const partner = await signedInUser(t, { roles: ['case_manager'] })
    const partnerFamily = await intakeFamily(t, partner.auth, { members: [] })
    await createPartnership(t.db, org.id, partner.user.organisationId)
    await consentToPartners(manager.auth, family.id, member.id)
    await t.db
      .insert(caseTeamMembers)
      .values({ familyId: family.id, userId: partner.user.id, addedById: manager.user.id })
    const before = await familyTableCounts(t.db)
    const refused = await t
      .http()
      .post(`${memberPath(family.id, member.id)}/move`)
      .set(partner.auth)
      .send({ toFamilyId: partnerFamily.id })
    expectProblem(refused, 403, '/problems/forbidden')
    expectNoSecret(refused, 'a refused move')
    expect(await familyTableCounts(t.db)).toEqual(before)
  })

  it("refuses a move into another organisation's family it can see as partner staff: 409, a referral is the way", async () => {
    const { org, family, member, coordinator } = await scene()
    const other = await signedInUser(t, { roles: ['case_manager'] })
    const otherFamily = await intakeFamily(t, other.auth)
    await createPartnership(t.db, other.user.organisationId, org.id)
    const [otherMember] = await membersOf(t, other.auth, otherFamily.id)
    await consentToPartners(other.auth, otherFamily.id, otherMember?.id ?? '')
    await t.db
      .insert(caseTeamMembers)
      .values({ familyId: otherFamily.id, userId: coordinator.user.id, addedById: other.user.id })
    const before = await familyTableCounts(t.db)
    const refused = await t
      .http()
      .post(`${memberPath(family.id, member.id)}/move`)
      .set(coordinator.auth)
      .send({ toFamilyId: otherFamily.id })
    const problem = expectProblem(refused, 409, '/problems/referral-required')
    expect(problem.detail).toMatch(/referral/i)
    expectNoSecret(refused, 'a refused move')
    expect(await familyTableCounts(t.db)).toEqual(before)
  })
})

describe('PUT /api/v1/families/:familyId/case-manager', () => {
  it('refuses a case manager on the team who names themselves: 403, nothing changes or shows', async () => {
    const { manager, teamManager, family, member } = await scene()
    const refused = await t
      .http()
      .put(`${familyPath(family.id)}/case-manager`)
      .set(teamManager.auth)
      .send({ userId: teamManager.user.id })
    const problem = expectProblem(refused, 403, '/problems/handover-required')
    expect(problem.detail).toMatch(/coordinator/)
    expectNoSecret(refused, 'a refused self-assignment')
    expect(await caseManagerOf(family.id)).toBe(manager.user.id)
    const read = await t.http().get(memberPath(family.id, member.id)).set(teamManager.auth)
    expect(read.body.contacts).toBeNull()
    expect(await auditOf(t.db, teamManager.user.id, 'family.case_manager')).toEqual([])
  })

  it('refuses a case manager on the team who hands the family to someone else', async () => {
    const { org, manager, teamManager, family } = await scene()
    const colleague = await signedInUser(t, { organisationId: org.id, roles: ['case_manager'] })
    expectProblem(
      await t
        .http()
        .put(`${familyPath(family.id)}/case-manager`)
        .set(teamManager.auth)
        .send({ userId: colleague.user.id }),
      403,
      '/problems/handover-required',
    )
    expect(await caseManagerOf(family.id)).toBe(manager.user.id)
  })

  it('lets the responsible case manager hand over and a coordinator assign, auditing old and new ids', async () => {
    const { coordinator, manager, teamManager, family, member } = await scene()
    const handover = await t
      .http()
      .put(`${familyPath(family.id)}/case-manager`)
      .set(manager.auth)
      .send({ userId: teamManager.user.id })
    expect(handover.status, JSON.stringify(handover.body)).toBe(200)
    const [handed] = await auditOf(t.db, manager.user.id, 'family.case_manager')
    expect(handed).toMatchObject({
      entityId: family.id,
      details: { from: manager.user.id, to: teamManager.user.id },
    })
    expect(
      (await t.http().get(memberPath(family.id, member.id)).set(teamManager.auth)).body.contacts,
    ).toEqual(SECRET)
    expect((await t.http().get(memberPath(family.id, member.id)).set(manager.auth)).body.contacts).toBeNull()

    const assigned = await t
      .http()
      .put(`${familyPath(family.id)}/case-manager`)
      .set(coordinator.auth)
      .send({ userId: manager.user.id })
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200)
    const [entry] = await auditOf(t.db, coordinator.user.id, 'family.case_manager')
    expect(entry?.details).toEqual({ from: teamManager.user.id, to: manager.user.id })
  })
})

describe('PATCH /api/v1/families/:familyId/members/:memberId', () => {
  const changes = [
    { contacts: { phone: '+370 600 99999' } },
    { contacts: {}, givenName: 'Ona' },
    { contactsConfidential: false },
  ]

  it('refuses to change confidential contacts the caller cannot read (409), changing nothing', async () => {
    const { coordinator, admin, teamManager, family, member } = await scene()
    const before = await personRow(member.personId)
    for (const who of [coordinator, admin, teamManager])
      for (const body of changes) {
        const response = await t.http().patch(memberPath(family.id, member.id)).set(who.auth).send(body)
        const problem = expectProblem(response, 409, '/problems/confidential-contacts')
        expect(problem.detail).toMatch(/responsible case manager/)
        expectNoSecret(response, `${JSON.stringify(body)} by ${who.user.roles}`)
      }
    expect(await personRow(member.personId)).toEqual(before)
  })

  it('lets the responsible case manager change them', async () => {
    const { manager, family, member } = await scene()
    const changed = await t
      .http()
      .patch(memberPath(family.id, member.id))
      .set(manager.auth)
      .send({ contacts: { phone: '+370 600 99999' } })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.body.contacts).toEqual({ phone: '+370 600 99999' })
  })

  it('lets the team change and hide contacts that are not confidential', async () => {
    const { coordinator, manager } = await scene()
    const open = await intakeFamily(t, manager.auth, {
      members: [memberBody({ contacts: { phone: '+370 600 11111' } })],
    })
    const [member] = (await membersOf(t, manager.auth, open.id)) as Member[]
    const hidden = await t
      .http()
      .patch(memberPath(open.id, member?.id ?? ''))
      .set(coordinator.auth)
      .send({ contacts: SECRET, contactsConfidential: true })
    expect(hidden.status, JSON.stringify(hidden.body)).toBe(200)
    expect(hidden.body).toMatchObject({ contacts: null, contactsConfidential: true })
    expect(await personRow(member?.personId ?? '')).toMatchObject({
      contacts: SECRET,
      contactsConfidential: true,
    })
  })
})
