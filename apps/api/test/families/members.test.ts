import { randomUUID } from 'node:crypto'
import type { Member } from '@onestop/contracts'
import { makePersonalCode } from '@onestop/contracts'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { familyMemberships, persons } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { signedInUser } from '../support/factories.js'
import {
  auditOf,
  familyPath,
  familyTableCounts,
  intakeFamily,
  memberBody,
  membersOf,
} from '../support/family-factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()

const membersPath = (familyId: string, memberId?: string) =>
  `${familyPath(familyId)}/members${memberId ? `/${memberId}` : ''}`

const personRow = async (id: string) => {
  const [row] = await t.db.select().from(persons).where(eq(persons.id, id))
  return row
}

/** A case manager's family, its coordinator, and a specialist added to its team. */
async function teamFamily(members = [memberBody()]) {
  const coordinator = await signedInUser(t, { roles: ['coordinator'] })
  const org = coordinator.user.organisationId
  const manager = await signedInUser(t, { organisationId: org, roles: ['case_manager'] })
  const specialist = await signedInUser(t, { organisationId: org, roles: ['specialist'] })
  const family = await intakeFamily(t, manager.auth, { members })
  const added = await t
    .http()
    .post(`${familyPath(family.id)}/team`)
    .set(manager.auth)
    .send({ userId: specialist.user.id })
  expect(added.status).toBe(201)
  return { coordinator, manager, specialist, family }
}

describe('family members', () => {
  it('lists, adds (201 + Location), reads and edits a member, auditing each', async () => {
    const { manager, family } = await teamFamily()
    const listed = await membersOf(t, manager.auth, family.id)
    expect(listed).toHaveLength(1)

    const child = memberBody({ givenName: 'Jonas', birthDate: '2016-09-03', gender: 'man', role: 'child' })
    const added = await t.http().post(membersPath(family.id)).set(manager.auth).send(child)
    expect(added.status, JSON.stringify(added.body)).toBe(201)
    expect(added.headers.location).toBe(membersPath(family.id, added.body.id))
    expect(added.body).toMatchObject({
      familyId: family.id,
      givenName: 'Jonas',
      role: 'child',
      personalCode: null,
      hasPersonalCode: false,
      contactsConfidential: false,
    })
    expect(added.body.ageYears).toBeGreaterThanOrEqual(9)

    const location = String(added.headers.location)
    const read = await t.http().get(location).set(manager.auth)
    expect(read.status).toBe(200)
    expect(read.body).toEqual(added.body)

    const edited = await t
      .http()
      .patch(location)
      .set(manager.auth)
      .send({ familyName: 'Jankauskas', role: 'other', contacts: { phone: '+370 612 34567' } })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body).toMatchObject({
      familyName: 'Jankauskas',
      role: 'other',
      contacts: { phone: '+370 612 34567' },
    })
    expect(await personRow(added.body.personId)).toMatchObject({ familyName: 'Jankauskas' })
    expect((await membersOf(t, manager.auth, family.id)).map((m) => m.id)).toContain(added.body.id)

    const actions = (await auditOf(t.db, manager.user.id)).map((r) => r.action)
    for (const action of ['member.create', 'member.list', 'member.read', 'member.update'])
      expect(actions).toContain(action)
    const [update] = await auditOf(t.db, manager.user.id, 'member.update')
    expect(update).toMatchObject({ entityType: 'person', entityId: added.body.personId })
  })

  it('moves a person to another family: same person, old membership ended, listed only in the new', async () => {
    const { manager, family } = await teamFamily()
    const target = await intakeFamily(t, manager.auth, { members: [] })
    const [member] = await membersOf(t, manager.auth, family.id)
    if (!member) throw new Error('no member')

    const response = await t
      .http()
      .post(`${membersPath(family.id, member.id)}/move`)
      .set(manager.auth)
      .send({ toFamilyId: target.id, role: 'grandparent' })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body).toMatchObject({
      personId: member.personId,
      familyId: target.id,
      role: 'grandparent',
    })
    expect(response.body.id).not.toBe(member.id)

    expect(await membersOf(t, manager.auth, family.id)).toEqual([])
    expect((await membersOf(t, manager.auth, target.id)).map((m) => m.personId)).toEqual([member.personId])
    const memberships = await t.db
      .select()
      .from(familyMemberships)
      .where(eq(familyMemberships.personId, member.personId))
    expect(memberships).toHaveLength(2)
    const old = memberships.find((m) => m.id === member.id)
    expect(old?.leftAt).toBeInstanceOf(Date)
    expect(memberships.find((m) => m.familyId === target.id)?.leftAt).toBeNull()
    expectProblem(
      await t.http().get(membersPath(family.id, member.id)).set(manager.auth),
      404,
      '/problems/not-found',
    )
    const [audit] = await auditOf(t.db, manager.user.id, 'member.move')
    expect(audit).toMatchObject({ entityId: member.personId, details: { from: family.id, to: target.id } })
  })

  it('refuses to move a person into the family they are in (409) or a family of another organisation (404)', async () => {
    const { manager, family } = await teamFamily()
    const foreignAdmin = await signedInUser(t, { roles: ['admin'] })
    const foreign = await intakeFamily(t, foreignAdmin.auth)
    const [member] = await membersOf(t, manager.auth, family.id)
    const before = await familyTableCounts(t.db)
    const movePath = `${membersPath(family.id, member?.id)}/move`
    expectProblem(
      await t.http().post(movePath).set(manager.auth).send({ toFamilyId: family.id }),
      409,
      '/problems/same-family',
    )
    expectProblem(
      await t.http().post(movePath).set(manager.auth).send({ toFamilyId: foreign.id }),
      404,
      '/problems/not-found',
    )
    expect(await familyTableCounts(t.db)).toEqual(before)
  })

  it("answers 404 for a member of another family named in this family's path, changing nothing", async () => {
    const { manager, family } = await teamFamily()
    const other = await intakeFamily(t, manager.auth)
    const [otherMember] = await membersOf(t, manager.auth, other.id)
    if (!otherMember) throw new Error('no member')
    const path = membersPath(family.id, otherMember.id)
    const before = await personRow(otherMember.personId)
    const counts = await familyTableCounts(t.db)

    expectProblem(await t.http().get(path).set(manager.auth), 404, '/problems/not-found')
    expectProblem(
      await t.http().patch(path).set(manager.auth).send({ givenName: 'Įsilaužėlis' }),
      404,
      '/problems/not-found',
    )
    expectProblem(
      await t.http().post(`${path}/move`).set(manager.auth).send({ toFamilyId: other.id }),
      404,
      '/problems/not-found',
    )
    expectProblem(
      await t.http().get(membersPath(family.id, randomUUID())).set(manager.auth),
      404,
      '/problems/not-found',
    )
    expect(await personRow(otherMember.personId)).toEqual(before)
    expect(await familyTableCounts(t.db)).toEqual(counts)
  })
})

describe('personal codes', () => {
  it('are stored encrypted with a lookup hash, never in clear', async () => {
    const code = makePersonalCode('1988-04-12', true)
    const { manager, family } = await teamFamily([memberBody({ personalCode: code })])
    const [member] = await membersOf(t, manager.auth, family.id)
    const row = await personRow(member?.personId ?? '')
    expect(row?.personalCodeEncrypted).toEqual(expect.any(String))
    expect(row?.personalCodeEncrypted).not.toContain(code)
    expect(row?.personalCodeEncrypted).not.toContain(code.slice(1, 7))
    expect(row?.personalCodeHash).toMatch(/^[0-9a-f]{64}$/)
    expect(row?.personalCodeHash).not.toContain(code)
  })

  it('are shown to the case team only: a coordinator off the team sees null but hasPersonalCode', async () => {
    const code = makePersonalCode('1988-04-12', true)
    const { coordinator, manager, specialist, family } = await teamFamily([
      memberBody({ personalCode: code }),
    ])
    const see = async (auth: { authorization: string }) => (await membersOf(t, auth, family.id))[0]
    expect(await see(manager.auth)).toMatchObject({ personalCode: code, hasPersonalCode: true })
    expect(await see(specialist.auth)).toMatchObject({ personalCode: code, hasPersonalCode: true })
    expect(await see(coordinator.auth)).toMatchObject({ personalCode: null, hasPersonalCode: true })
  })

  it('can be replaced and removed by an edit', async () => {
    const { manager, family } = await teamFamily([
      memberBody({ personalCode: makePersonalCode('1988-04-12', true) }),
    ])
    const [member] = await membersOf(t, manager.auth, family.id)
    const path = membersPath(family.id, member?.id)
    const replacement = makePersonalCode('1988-04-12', true, 456)
    const replaced = await t.http().patch(path).set(manager.auth).send({ personalCode: replacement })
    expect(replaced.body).toMatchObject({ personalCode: replacement, hasPersonalCode: true })
    const removed = await t.http().patch(path).set(manager.auth).send({ personalCode: null })
    expect(removed.body).toMatchObject({ personalCode: null, hasPersonalCode: false })
    expect(await personRow(member?.personId ?? '')).toMatchObject({
      personalCodeEncrypted: null,
      personalCodeHash: null,
    })
  })
})

describe('confidential contacts', () => {
  const contacts = { phone: '+370 612 34567', address: 'Nadruvos g. 13, Vilnius' }

  it('are shown to the responsible case manager only', async () => {
    const { coordinator, manager, specialist, family } = await teamFamily([
      memberBody({ contacts, contactsConfidential: true }),
      memberBody({ birthDate: '2016-09-03', role: 'child', contacts: { phone: '+370 600 00000' } }),
    ])
    const byName = (items: Member[]) => Object.fromEntries(items.map((m) => [m.role, m.contacts]))
    expect(byName(await membersOf(t, manager.auth, family.id))).toEqual({
      parent: contacts,
      child: { phone: '+370 600 00000' },
    })
    for (const other of [specialist, coordinator]) {
      const items = await membersOf(t, other.auth, family.id)
      expect(byName(items)).toEqual({ parent: null, child: { phone: '+370 600 00000' } })
      expect(items.find((m) => m.role === 'parent')?.contactsConfidential).toBe(true)
      const one = await t
        .http()
        .get(membersPath(family.id, items.find((m) => m.role === 'parent')?.id))
        .set(other.auth)
      expect(one.body.contacts).toBeNull()
    }
  })

  it('may be made visible again only by the responsible case manager (409 for a coordinator)', async () => {
    const { coordinator, manager, family } = await teamFamily([
      memberBody({ contacts, contactsConfidential: true }),
    ])
    const [member] = await membersOf(t, manager.auth, family.id)
    const path = membersPath(family.id, member?.id)
    const before = await personRow(member?.personId ?? '')
    expectProblem(
      await t.http().patch(path).set(coordinator.auth).send({ contactsConfidential: false }),
      409,
      '/problems/confidential-contacts',
    )
    expect(await personRow(member?.personId ?? '')).toEqual(before)
    const opened = await t.http().patch(path).set(manager.auth).send({ contactsConfidential: false })
    expect(opened.status).toBe(200)
    expect((await membersOf(t, coordinator.auth, family.id))[0]?.contacts).toEqual(contacts)
  })

  it('are not leaked by the update answer to a team member who edits another field', async () => {
    const { coordinator, manager, family } = await teamFamily([
      memberBody({ contacts, contactsConfidential: true }),
    ])
    const [member] = await membersOf(t, manager.auth, family.id)
    const edited = await t
      .http()
      .patch(membersPath(family.id, member?.id))
      .set(coordinator.auth)
      .send({ givenName: 'Ona' })
    expect(edited.status).toBe(200)
    expect(edited.body).toMatchObject({ givenName: 'Ona', contacts: null, contactsConfidential: true })
    expect(await personRow(member?.personId ?? '')).toMatchObject({ contacts })
  })
})

describe('persons and memberships in the database', () => {
  it('refuse a second current membership of the same person', async () => {
    const { manager, family } = await teamFamily()
    const other = await intakeFamily(t, manager.auth, { members: [] })
    const [member] = await membersOf(t, manager.auth, family.id)
    await expect(
      t.db
        .insert(familyMemberships)
        .values({ familyId: other.id, personId: member?.personId ?? '', role: 'parent' }),
    ).rejects.toThrow()
    const rows = await t.db
      .select()
      .from(familyMemberships)
      .where(eq(familyMemberships.personId, member?.personId ?? ''))
    expect(rows).toHaveLength(1)
  })
})
