import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { groupRuns } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { signedInUser } from '../support/factories.js'
import {
  createGroupService,
  GROUPS,
  type GroupCentre,
  groupCentre,
  runBody,
} from '../support/group-factories.js'
import { certifyIn, createMethodology, METHODOLOGIES } from '../support/methodology-factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()

describe('a group run delivers one of the organisation’s methodologies', () => {
  let c: GroupCentre
  let admin: Awaited<ReturnType<typeof signedInUser>>
  beforeAll(async () => {
    c = await groupCentre(t)
    admin = await signedInUser(t, { organisationId: c.organisationId, roles: ['admin'] })
  })

  const runsOfOrganisation = async () =>
    (await t.db.select().from(groupRuns).where(eq(groupRuns.organisationId, c.organisationId))).length

  /** A methodology whose one facilitator per group the centre's two psychologists are certified in. */
  const certifiedMethodology = async () => {
    const methodology = await createMethodology(t, admin.auth, { enrolmentRules: {} })
    for (const facilitator of c.facilitators)
      await certifyIn(t, c.coordinator.auth, facilitator.user.id, methodology.id)
    return methodology
  }

  it("takes the service's methodology when the run names none, and the named one otherwise", async () => {
    const ofService = await certifiedMethodology()
    const named = await certifiedMethodology()
    const serviceId = (await createGroupService(t.db, c.organisationId, { methodologyId: ofService.id })).id

    const byDefault = await t.http().post(GROUPS).set(c.coordinator.auth).send(runBody(c, { serviceId }))
    expect(byDefault.status, JSON.stringify(byDefault.body)).toBe(201)
    expect(byDefault.body.methodology).toEqual({ id: ofService.id, name: ofService.name })

    const chosen = await t
      .http()
      .post(GROUPS)
      .set(c.coordinator.auth)
      .send(
        runBody(c, {
          serviceId,
          methodologyId: named.id,
          sessions: { dates: [{ startsAt: '2027-06-07T14:00:00Z', endsAt: '2027-06-07T15:30:00Z' }] },
        }),
      )
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(201)
    expect(chosen.body.methodology).toEqual({ id: named.id, name: named.name })
    const read = await t.http().get(`${GROUPS}/${chosen.body.id}`).set(c.coordinator.auth)
    expect(read.body.methodology).toEqual({ id: named.id, name: named.name })
  })

  it('refuses a retired methodology with 409, and an unknown or another organisation’s with 404', async () => {
    const retired = await certifiedMethodology()
    const retiring = await t
      .http()
      .patch(`${METHODOLOGIES}/${retired.id}`)
      .set(admin.auth)
      .set('if-match', '"1"')
      .send({ active: false })
    expect(retiring.status).toBe(200)
    const foreignAdmin = await signedInUser(t, { roles: ['admin'] })
    const foreign = await createMethodology(t, foreignAdmin.auth)
    const before = await runsOfOrganisation()

    const refusal = expectProblem(
      await t
        .http()
        .post(GROUPS)
        .set(c.coordinator.auth)
        .send(runBody(c, { methodologyId: retired.id })),
      409,
      '/problems/methodology-retired',
    )
    expect(refusal.detail).toContain(retired.name)
    for (const methodologyId of [foreign.id, randomUUID()])
      expectProblem(
        await t.http().post(GROUPS).set(c.coordinator.auth).send(runBody(c, { methodologyId })),
        404,
        '/problems/not-found',
      )
    expect(await runsOfOrganisation()).toBe(before)
  })
})
