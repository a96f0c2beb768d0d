import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { families } from '../../src/db/schema/index.js'
import {
  ACCOMMODATION,
  accommodationCentre,
  motherAndTwoChildren,
  place,
  placementBody,
  stayPath,
} from '../support/accommodation-factories.js'
import { useTestApp } from '../support/app.js'
import { addToCaseTeam } from '../support/booking-factories.js'
import { signedInUser } from '../support/factories.js'
import { auditOf, familyPath } from '../support/family-factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()

/** A sheltered family with a responsible case manager and a specialist on its team. */
async function shelteredFamily() {
  const c = await accommodationCentre(t)
  const family = await motherAndTwoChildren(t, c.coordinator.auth)
  const caseManager = await signedInUser(t, { organisationId: c.organisationId, roles: ['case_manager'] })
  const teamMember = await signedInUser(t, { organisationId: c.organisationId, roles: ['case_manager'] })
  await t.db.execute(
    sql`update ${families} set case_manager_id = ${caseManager.user.id} where id = ${family.id}`,
  )
  await addToCaseTeam(t.db, family.id, caseManager.user.id)
  await addToCaseTeam(t.db, family.id, teamMember.user.id)
  const placement = await place(
    t,
    c.officer.auth,
    placementBody(
      family.id,
      family.personIds.map((personId, i) => ({ personId, bedId: c.bedIds[i] ?? '' })),
    ),
  )
  const secrets = [
    c.facility.id,
    c.facility.name,
    ...c.facility.rooms.flatMap((room) => [
      room.id,
      room.name,
      ...room.beds.flatMap((bed) => [bed.id, bed.label]),
    ]),
  ]
  return { c, family, caseManager, teamMember, placement, secrets }
}

describe('where a family stays', () => {
  it('is not shown to a team member who is not the responsible case manager, anywhere in the answer', async () => {
    const { family, teamMember, placement, secrets } = await shelteredFamily()
    const stayId = placement.stays[0]?.id ?? ''
    const answers = [
      await t.http().get(familyPath(family.id)).set(teamMember.auth),
      await t
        .http()
        .get(`${familyPath(family.id)}/members`)
        .set(teamMember.auth),
      await t.http().get(`${ACCOMMODATION}/stays`).query({ familyId: family.id }).set(teamMember.auth),
      await t.http().get(stayPath(stayId)).set(teamMember.auth),
    ]
    for (const [index, answer] of answers.entries()) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      const text = JSON.stringify(answer.body)
      for (const secret of secrets) expect(text, `answer ${index} shows ${secret}`).not.toContain(secret)
    }
    const stay = answers[3]?.body
    expect(stay).toMatchObject({
      visibility: 'limited',
      since: placement.stays[0]?.since,
      facilityId: null,
      bedId: null,
    })
    const listed = answers[2]?.body.items
    expect(listed).toHaveLength(3)
    expectProblem(
      await t
        .http()
        .get(`${ACCOMMODATION}/stays`)
        .query({ familyId: family.id, bedId: placement.stays[0]?.bedId ?? '' })
        .set(teamMember.auth),
      403,
      '/problems/forbidden',
    )
  })

  it('is shown to the responsible case manager, the coordinator and the accommodation officer', async () => {
    const { c, caseManager, placement } = await shelteredFamily()
    const stayId = placement.stays[0]?.id ?? ''
    for (const auth of [caseManager.auth, c.coordinator.auth, c.officer.auth]) {
      const stay = await t.http().get(stayPath(stayId)).set(auth)
      expect(stay.status).toBe(200)
      expect(stay.body).toMatchObject({ visibility: 'full', facilityName: c.facility.name })
    }
  })

  it('is not found by staff who may not see the family, and an admin sees only the limited view', async () => {
    const { c, family, placement, secrets } = await shelteredFamily()
    const stayId = placement.stays[0]?.id ?? ''
    const stranger = await signedInUser(t, { organisationId: c.organisationId, roles: ['specialist'] })
    expectProblem(await t.http().get(stayPath(stayId)).set(stranger.auth), 404, '/problems/not-found')
    expectProblem(
      await t.http().get(`${ACCOMMODATION}/stays`).query({ familyId: family.id }).set(stranger.auth),
      404,
      '/problems/not-found',
    )
    expectProblem(await t.http().get(`${ACCOMMODATION}/stays`).set(stranger.auth), 403, '/problems/forbidden')
    const admin = await signedInUser(t, { organisationId: c.organisationId, roles: ['admin'] })
    const seen = await t.http().get(stayPath(stayId)).set(admin.auth)
    expect(seen.body.visibility).toBe('limited')
    for (const secret of secrets) expect(JSON.stringify(seen.body)).not.toContain(secret)
  })

  it('is audited on every read and write, without naming the place', async () => {
    const { c, teamMember, placement, secrets } = await shelteredFamily()
    const stayId = placement.stays[0]?.id ?? ''
    await t.http().get(stayPath(stayId)).set(teamMember.auth)
    await t
      .http()
      .post(`${stayPath(stayId)}/check-in`)
      .set(c.officer.auth)
    const reads = await auditOf(t.db, teamMember.user.id, 'stay.read')
    expect(reads).toHaveLength(1)
    expect(reads[0]).toMatchObject({
      entityId: stayId,
      details: expect.objectContaining({ visibility: 'limited' }),
    })
    const writes = await auditOf(t.db, c.officer.user.id)
    expect(writes.map((w) => w.action)).toEqual(expect.arrayContaining(['stay.create', 'stay.check_in']))
    for (const secret of secrets.filter((s) => s !== c.facility.id))
      expect(JSON.stringify(writes.filter((w) => w.action.startsWith('stay.')))).not.toContain(secret)
  })
})
