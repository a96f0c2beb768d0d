import { describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { familyPath, membersOf } from '../support/family-factories.js'
import { createRun, enrolmentsPath, groupCentre, runBody, runPath } from '../support/group-factories.js'
import { createPartnership } from '../support/partnership-factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()

describe("a partner organisation's group programmes and a shared family", () => {
  it("take none of the family's members into the partner's own group: the partnership names only the owner's services", async () => {
    const owner = await groupCentre(t)
    const partner = await groupCentre(t)
    await createPartnership(t.db, owner.organisationId, partner.organisationId, {
      serviceIds: [owner.serviceId],
    })
    const [member] = await membersOf(t, owner.coordinator.auth, owner.family.id)
    const consent = await t
      .http()
      .post(`${familyPath(owner.family.id)}/members/${member?.id}/consents`)
      .set(owner.coordinator.auth)
      .send({ purpose: 'share_with_partners', given: true })
    expect(consent.status, JSON.stringify(consent.body)).toBe(201)
    const added = await t
      .http()
      .post(`${familyPath(owner.family.id)}/team`)
      .set(owner.coordinator.auth)
      .send({ userId: partner.coordinator.user.id })
    expect(added.status, JSON.stringify(added.body)).toBe(201)
    // The partner's coordinator sees the family through the partnership.
    expect((await t.http().get(familyPath(owner.family.id)).set(partner.coordinator.auth)).status).toBe(200)

    const run = await createRun(t, partner.coordinator.auth, runBody(partner))
    const enrolled = await t
      .http()
      .post(enrolmentsPath(run.id))
      .set(partner.coordinator.auth)
      .send({ personId: owner.family.personIds[0] })
    expectProblem(enrolled, 409, '/problems/service-outside-partnership')
    const after = await t.http().get(runPath(run.id)).set(partner.coordinator.auth)
    expect(after.body).toMatchObject({ enrolledCount: 0, waitlistedCount: 0 })
  })
})
