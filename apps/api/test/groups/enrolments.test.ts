import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { breakGlassGrants, groupRuns } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { addToCaseTeam, at, bookableFamily, closeFamily } from '../support/booking-factories.js'
import { auditRowsOf, signedInUser } from '../support/factories.js'
import { ifMatch } from '../support/family-factories.js'
import {
  createRun,
  type EnrolmentBody,
  enrol,
  enrolmentsPath,
  familiesOfOne,
  type GroupCentre,
  groupCentre,
  groupCounts,
  runBody,
  runPath,
} from '../support/group-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()

let c: GroupCentre
let day = 0
/** A run of one session on a day of its own, so runs never clash with one another. */
const smallRun = (capacity: number) =>
  createRun(
    t,
    c.coordinator.auth,
    runBody(c, {
      capacity,
      sessions: { dates: [{ startsAt: at(++day, 9), endsAt: at(day, 10) }] },
    }),
  )

beforeAll(async () => {
  c = await groupCentre(t)
})

const withdraw = (runId: string, enrolmentId: string, reason = 'Šeima persikėlė.') =>
  t
    .http()
    .post(`${enrolmentsPath(runId)}/${enrolmentId}/withdraw`)
    .set(c.coordinator.auth)
    .send({ reason })

async function roster(runId: string, auth = c.coordinator.auth) {
  const response = await t.http().get(enrolmentsPath(runId)).set(auth)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body as { enrolled: EnrolmentBody[]; waitlist: EnrolmentBody[] }
}

const enrolledCount = async (runId: string) =>
  (await t.db.select({ n: groupRuns.enrolledCount }).from(groupRuns).where(eq(groupRuns.id, runId)))[0]?.n

describe('enrolling into a group run', () => {
  it('enrols up to the capacity, then waitlists in order', async () => {
    const run = await smallRun(3)
    const families = await familiesOfOne(t, c.coordinator.auth, 5)
    const results: EnrolmentBody[] = []
    for (const f of families) results.push(await enrol(t, c.coordinator.auth, run.id, f.personIds[0] ?? ''))
    expect(results.map((r) => [r.status, r.waitlistPosition])).toEqual([
      ['enrolled', null],
      ['enrolled', null],
      ['enrolled', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ])
    const list = await roster(run.id)
    expect(list.enrolled.map((e) => e.personId)).toEqual(families.slice(0, 3).map((f) => f.personIds[0]))
    expect(list.waitlist.map((e) => [e.personId, e.waitlistPosition])).toEqual([
      [families[3]?.personIds[0], 1],
      [families[4]?.personIds[0], 2],
    ])
    const view = await t.http().get(runPath(run.id)).set(c.coordinator.auth)
    expect(view.body).toMatchObject({ enrolledCount: 3, waitlistedCount: 2 })
    expect(await auditRowsOf(t.db, 'group_enrolment.waitlist', results[3]?.id)).toHaveLength(1)
    expect(await auditRowsOf(t.db, 'group_enrolment.list', run.id)).toHaveLength(1)
  })

  it('gives a withdrawn place to the first on the waitlist', async () => {
    const run = await smallRun(2)
    const families = await familiesOfOne(t, c.coordinator.auth, 4)
    const [a, b, w1, w2] = await Promise.all(
      families.map(async (f, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 150))
        return enrol(t, c.coordinator.auth, run.id, f.personIds[0] ?? '')
      }),
    )
    if (!a || !b || !w1 || !w2) throw new Error('enrolments missing')
    expectValidationProblem(await withdraw(run.id, a.id, ' '), ['/reason'])
    const withdrawn = await withdraw(run.id, a.id)
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', waitlistPosition: null })
    const list = await roster(run.id)
    expect(list.enrolled.map((e) => e.id)).toEqual([b.id, w1.id])
    expect(list.waitlist.map((e) => [e.id, e.waitlistPosition])).toEqual([[w2.id, 1]])
    expect(await enrolledCount(run.id)).toBe(2)
    // withdrawing from the waitlist frees no place
    expect((await withdraw(run.id, w2.id)).status).toBe(200)
    expect(await enrolledCount(run.id)).toBe(2)
    expectProblem(await withdraw(run.id, a.id), 409, '/problems/invalid-transition')
    expectProblem(await withdraw(run.id, '00000000-0000-4000-8000-000000000000'), 404, '/problems/not-found')
    const [audit] = await auditRowsOf(t.db, 'group_enrolment.withdraw', a.id)
    expect(audit?.details).toMatchObject({ promotedEnrolmentIds: [w1.id] })
    // the same person may enrol again once withdrawn, at the back of the queue
    const again = await enrol(t, c.coordinator.auth, run.id, families[0]?.personIds[0] ?? '')
    expect(again).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
  })

  it('promotes from the waitlist in order when the capacity is raised, and refuses lowering it below the enrolled', async () => {
    const run = await smallRun(1)
    const families = await familiesOfOne(t, c.coordinator.auth, 4)
    const enrolments: EnrolmentBody[] = []
    for (const f of families)
      enrolments.push(await enrol(t, c.coordinator.auth, run.id, f.personIds[0] ?? ''))
    const patch = (version: number, capacity: number) =>
      t.http().patch(runPath(run.id)).set(c.coordinator.auth).set(ifMatch(version)).send({ capacity })
    const raised = await patch(1, 3)
    expect(raised.status, JSON.stringify(raised.body)).toBe(200)
    expect(raised.body).toMatchObject({ capacity: 3, enrolledCount: 3, waitlistedCount: 1 })
    const list = await roster(run.id)
    expect(list.enrolled.map((e) => e.id)).toEqual(enrolments.slice(0, 3).map((e) => e.id))
    expect(list.waitlist.map((e) => [e.id, e.waitlistPosition])).toEqual([[enrolments[3]?.id, 1]])
    const before = await groupCounts(t.db)
    expectProblem(await patch(2, 2), 409, '/problems/capacity')
    expect(await groupCounts(t.db)).toEqual(before)
  })

  it('refuses bad enrolments with a 4xx problem and changes nothing', async () => {
    const run = await smallRun(2)
    const closed = await bookableFamily(t, c.coordinator.auth)
    await closeFamily(t.db, closed.id)
    const person = c.family.personIds[0] ?? ''
    await enrol(t, c.coordinator.auth, run.id, person)
    const cancelled = await smallRun(2)
    const cancel = await t
      .http()
      .patch(runPath(cancelled.id))
      .set(c.coordinator.auth)
      .set(ifMatch(1))
      .send({ status: 'cancelled' })
    expect(cancel.status).toBe(200)
    const before = await groupCounts(t.db)
    const post = (runId: string, body: Record<string, unknown>) =>
      t.http().post(enrolmentsPath(runId)).set(c.coordinator.auth).send(body)
    const unknown = '00000000-0000-4000-8000-000000000000'

    expectProblem(await post(run.id, { personId: unknown }), 404, '/problems/not-found')
    expectProblem(await post(unknown, { personId: person }), 404, '/problems/not-found')
    expectProblem(await post(run.id, { personId: 'Asta' }), 400, '/problems/validation')
    expectProblem(await post(run.id, { personId: 42 }), 400, '/problems/validation')
    expectProblem(await post(run.id, { personId: person, extra: 1 }), 400, '/problems/validation')
    expectProblem(await post(run.id, {}), 400, '/problems/validation')
    expectProblem(await post(run.id, { personId: person }), 409, '/problems/already-enrolled')
    expectProblem(await post(run.id, { personId: closed.personIds[0] }), 409, '/problems/family-not-open')
    expectProblem(await post(cancelled.id, { personId: person }), 409, '/problems/run-closed')
    expect(await groupCounts(t.db)).toEqual(before)
  })
})

describe('who may enrol and who is named', () => {
  it("refuses a case manager off the family's team with 404 and lets its team enrol", async () => {
    const run = await smallRun(5)
    const family = await bookableFamily(t, c.coordinator.auth)
    const outsider = await signedInUser(t, { organisationId: c.organisationId, roles: ['case_manager'] })
    const teamMember = await signedInUser(t, { organisationId: c.organisationId, roles: ['case_manager'] })
    await addToCaseTeam(t.db, family.id, teamMember.user.id)
    const person = family.personIds[0] ?? ''
    const before = await groupCounts(t.db)
    expectProblem(
      await t.http().post(enrolmentsPath(run.id)).set(outsider.auth).send({ personId: person }),
      404,
      '/problems/not-found',
    )
    const otherOrganisation = await signedInUser(t, { roles: ['admin'] })
    expectProblem(
      await t.http().post(enrolmentsPath(run.id)).set(otherOrganisation.auth).send({ personId: person }),
      404,
      '/problems/not-found',
    )
    expect(await groupCounts(t.db)).toEqual(before)
    const enrolment = await enrol(t, teamMember.auth, run.id, person)
    expect(enrolment.status).toBe('enrolled')
    // off the team, the enrolment shows without a name; nor may they withdraw it
    const seen = await roster(run.id, outsider.auth)
    expect(seen.enrolled).toEqual([
      expect.objectContaining({
        id: enrolment.id,
        visible: false,
        personId: null,
        familyId: null,
        name: null,
      }),
    ])
    expectProblem(
      await t
        .http()
        .post(`${enrolmentsPath(run.id)}/${enrolment.id}/withdraw`)
        .set(outsider.auth)
        .send({ reason: 'x' }),
      404,
      '/problems/not-found',
    )
    const named = await roster(run.id, teamMember.auth)
    expect(named.enrolled[0]).toMatchObject({ visible: true, personId: person, familyId: family.id })
    // facilitators know who is in their group
    const [facilitator] = c.facilitators
    expect((await roster(run.id, facilitator.auth)).enrolled[0]).toMatchObject({
      visible: true,
      personId: person,
    })
  })

  it('forbids a specialist who may only read the family, by break-glass (403)', async () => {
    const run = await smallRun(5)
    const family = await bookableFamily(t, c.coordinator.auth)
    const reader = await signedInUser(t, { organisationId: c.organisationId, roles: ['specialist'] })
    await t.db.insert(breakGlassGrants).values({
      familyId: family.id,
      userId: reader.user.id,
      organisationId: c.organisationId,
      reason: 'Skubus atvejis',
      expiresAt: new Date(Date.now() + 3_600_000),
    })
    expectProblem(
      await t.http().post(enrolmentsPath(run.id)).set(reader.auth).send({ personId: family.personIds[0] }),
      403,
      '/problems/forbidden',
    )
  })
})
