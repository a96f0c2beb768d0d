import type { PlaceableFamilyList, WaitingRequest } from '@onestop/contracts'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { families, persons } from '../../src/db/schema/index.js'
import { ageInYears } from '../../src/lib/dates.js'
import {
  ACCOMMODATION,
  accommodationCentre,
  day,
  motherAndTwoChildren,
} from '../support/accommodation-factories.js'
import { useTestApp } from '../support/app.js'
import { addToCaseTeam, closeFamily } from '../support/booking-factories.js'
import { signedInUser } from '../support/factories.js'
import { type Auth, auditOf } from '../support/family-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()
const FIND = `${ACCOMMODATION}/families`

async function find(auth: Auth, query: Record<string, string | number> = {}) {
  const response = await t.http().get(FIND).query(query).set(auth)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body as PlaceableFamilyList
}

/** A family of a mother and two children, with its reference and each member's full name. */
async function shelteredFamily(auth: Auth) {
  const family = await motherAndTwoChildren(t, auth)
  const [row] = await t.db.select().from(families).where(eq(families.id, family.id))
  const names = []
  for (const personId of family.personIds) {
    const [person] = await t.db.select().from(persons).where(eq(persons.id, personId))
    names.push({ name: `${person?.givenName} ${person?.familyName}`, birthDate: person?.birthDate ?? '' })
  }
  return { ...family, referenceCode: row?.referenceCode ?? '', names }
}

describe('finding a family to place', () => {
  it("lets an accommodation officer off the case team find a family by a member's name or its reference, with names and ages only", async () => {
    const c = await accommodationCentre(t)
    const family = await shelteredFamily(c.coordinator.auth)
    const [mother, son, daughter] = family.names
    if (!mother || !son || !daughter) throw new Error('three members expected')

    const byName = await find(c.officer.auth, { q: son.name.split(' ')[1] ?? '' })
    expect(byName.items).toEqual([
      {
        id: family.id,
        referenceCode: family.referenceCode,
        status: 'intake',
        members: [
          { personId: family.personIds[0], name: mother.name, ageYears: ageInYears(mother.birthDate) },
          { personId: family.personIds[1], name: son.name, ageYears: ageInYears(son.birthDate) },
          { personId: family.personIds[2], name: daughter.name, ageYears: ageInYears(daughter.birthDate) },
        ],
      },
    ])
    expect(byName.items[0]?.members[2]?.ageYears).toBeLessThan(18)

    const byReference = await find(c.officer.auth, { q: family.referenceCode.toLowerCase() })
    expect(byReference.items.map((item) => item.id)).toEqual([family.id])

    // The officer still may not read the family's records themselves.
    const records = await t.http().get(`/api/v1/families/${family.id}`).set(c.officer.auth)
    expectProblem(records, 404, '/problems/not-found')

    const [entry] = await auditOf(t.db, c.officer.user.id, 'family.list')
    expect(entry?.details).toMatchObject({ families: [family.id], filters: { forPlacement: true } })
  })

  it('lists neither closed families nor those of another organisation', async () => {
    const c = await accommodationCentre(t)
    const open = await shelteredFamily(c.coordinator.auth)
    const closed = await shelteredFamily(c.coordinator.auth)
    await closeFamily(t.db, closed.id)
    const listed = await find(c.officer.auth, { limit: 50 })
    expect(listed.items.map((item) => item.id)).toContain(open.id)
    expect(listed.items.map((item) => item.id)).not.toContain(closed.id)

    const other = await accommodationCentre(t)
    const theirs = await find(other.officer.auth, { q: open.referenceCode })
    expect(theirs.items).toEqual([])
    const byName = await find(other.officer.auth, { q: open.names[0]?.name ?? '' })
    expect(byName.items).toEqual([])
  })

  it('shows a case manager only the families they may see, and refuses other roles', async () => {
    const c = await accommodationCentre(t)
    const family = await shelteredFamily(c.coordinator.auth)
    const onTeam = await signedInUser(t, { organisationId: c.organisationId, roles: ['case_manager'] })
    const offTeam = await signedInUser(t, { organisationId: c.organisationId, roles: ['case_manager'] })
    await addToCaseTeam(t.db, family.id, onTeam.user.id)
    expect((await find(onTeam.auth, { q: family.referenceCode })).items.map((item) => item.id)).toEqual([
      family.id,
    ])
    expect((await find(offTeam.auth, { q: family.referenceCode })).items).toEqual([])

    for (const roles of [['specialist'], ['intake'], ['admin']] as const) {
      const someone = await signedInUser(t, { organisationId: c.organisationId, roles: [...roles] })
      expectProblem(await t.http().get(FIND).set(someone.auth), 403, '/problems/forbidden')
    }
    expectProblem(await t.http().get(FIND), 401, '/problems/unauthorized')
  })

  it('refuses a bad query with a problem naming the parameter', async () => {
    const c = await accommodationCentre(t)
    for (const [query, pointer] of [
      [{ q: '' }, '/querystring/q'],
      [{ q: 'x'.repeat(101) }, '/querystring/q'],
      [{ limit: 51 }, '/querystring/limit'],
      [{ limit: 'many' }, '/querystring/limit'],
      [{ status: 'closed' }, '/querystring/status'],
    ] as const)
      expectValidationProblem(await t.http().get(FIND).query(query).set(c.officer.auth), [pointer])
  })
})

describe('a waiting-list request', () => {
  it("carries its members' ages, so a child's bed can be chosen before the family's records are read", async () => {
    const c = await accommodationCentre(t)
    const family = await shelteredFamily(c.coordinator.auth)
    const response = await t
      .http()
      .post(`${ACCOMMODATION}/waiting-list`)
      .set(c.officer.auth)
      .send({
        familyId: family.id,
        facilityKind: 'crisis_accommodation',
        neededFrom: day(1),
        priority: 'urgent',
        reason: 'Grįžti namo nesaugu.',
      })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const request = response.body as WaitingRequest
    expect(request.members.map((member) => member.ageYears)).toEqual(
      family.names.map((member) => ageInYears(member.birthDate)),
    )
  })
})
