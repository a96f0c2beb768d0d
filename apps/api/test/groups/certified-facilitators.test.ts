import type { Methodology } from '@onestop/contracts'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { services } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import {
  at,
  BOOKINGS,
  type BookingCentre,
  book,
  bookingBody,
  bookingCentre,
  bookingCounts,
  bookingPath,
} from '../support/booking-factories.js'
import { signedInUser } from '../support/factories.js'
import { ifMatch } from '../support/family-factories.js'
import {
  createRun,
  GROUPS,
  type GroupCentre,
  groupCentre,
  groupCounts,
  runBody,
  runPath,
} from '../support/group-factories.js'
import { certifyIn, createMethodology } from '../support/methodology-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()

type Uncertified = { userId: string; name: string; date: string }[]
type NotCertified = { methodology?: { id: string; name: string }; uncertified?: Uncertified }

/** The weekly Monday sessions of `runBody`, from 4 January 2027. */
/** Eight weekly Monday sessions from 4 January 2027 at the hour, Vilnius time, apart from other tests' runs. */
const mondaysAt = (hour: number) => ({
  sessions: { weekly: { firstStartsAt: at(4, hour), durationMinutes: 90, count: 8 } },
})

const MONDAYS = [
  '2027-01-04',
  '2027-01-11',
  '2027-01-18',
  '2027-01-25',
  '2027-02-01',
  '2027-02-08',
  '2027-02-15',
  '2027-02-22',
]

describe('only staff certified in a run’s methodology facilitate it', () => {
  let c: GroupCentre
  let admin: Awaited<ReturnType<typeof signedInUser>>
  beforeAll(async () => {
    c = await groupCentre(t)
    admin = await signedInUser(t, { organisationId: c.organisationId, roles: ['admin'] })
  })

  const [first, second] = [0, 1] as const
  const staff = (i: 0 | 1) => c.facilitators[i].user
  const newMethodology = (overrides: Record<string, unknown> = {}) =>
    createMethodology(t, admin.auth, { enrolmentRules: {}, facilitatorsPerGroup: 1, ...overrides })
  const runOf = (methodology: Methodology, overrides: Record<string, unknown> = {}) =>
    t
      .http()
      .post(GROUPS)
      .set(c.coordinator.auth)
      .send(runBody(c, { methodologyId: methodology.id, ...overrides }))

  /** Expects the refusal, that it changed nothing, and returns who lacked a certification when. */
  async function refused(request: PromiseLike<Parameters<typeof expectProblem>[0]>, type: string) {
    const before = await groupCounts(t.db)
    const problem = expectProblem(await request, 409, type)
    expect(await groupCounts(t.db)).toEqual(before)
    return problem as typeof problem & NotCertified
  }

  it('refuses a facilitator without a certification with 409 naming who, in what, on which days', async () => {
    const methodology = await newMethodology()
    await certifyIn(t, c.coordinator.auth, staff(first).id, methodology.id)
    const problem = await refused(runOf(methodology), '/problems/facilitator-not-certified')
    expect(problem.detail).toBe(
      `${staff(second).name} is not certified in ${methodology.name} on ${MONDAYS.join(', ')}.`,
    )
    expect(problem.methodology).toEqual({ id: methodology.id, name: methodology.name })
    expect(problem.uncertified).toEqual(
      MONDAYS.map((date) => ({ userId: staff(second).id, name: staff(second).name, date })),
    )
  })

  it('refuses a certification that ends the day before a session, naming that session’s day on', async () => {
    const methodology = await newMethodology()
    await certifyIn(t, c.coordinator.auth, staff(first).id, methodology.id)
    await certifyIn(t, c.coordinator.auth, staff(second).id, methodology.id, { validUntil: '2027-01-17' })
    const problem = await refused(runOf(methodology), '/problems/facilitator-not-certified')
    expect(problem.uncertified?.map((u) => u.date)).toEqual(MONDAYS.slice(2))
    expect(problem.uncertified?.every((u) => u.userId === staff(second).id)).toBe(true)
    expect(problem.detail).toContain(`on 2027-01-18,`)
    expect(problem.detail).not.toContain('2027-01-11')
  })

  it('takes a certification that ends on the session’s day and one starting on it', async () => {
    const methodology = await newMethodology()
    await certifyIn(t, c.coordinator.auth, staff(first).id, methodology.id, { validUntil: '2027-02-22' })
    await certifyIn(t, c.coordinator.auth, staff(second).id, methodology.id, { certifiedOn: '2027-01-04' })
    await createRun(t, c.coordinator.auth, runBody(c, { methodologyId: methodology.id }))
  })

  it('lets a trainee facilitate beside their certified supervisor, and refuses them alone', async () => {
    const methodology = await newMethodology()
    await certifyIn(t, c.coordinator.auth, staff(first).id, methodology.id, { level: 'supervisor' })
    await certifyIn(t, c.coordinator.auth, staff(second).id, methodology.id, {
      level: 'trainee',
      supervisorId: staff(first).id,
    })
    const together = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, { methodologyId: methodology.id, ...mondaysAt(9) }),
    )
    expect(together.sessions).toHaveLength(8)

    const alone = await refused(
      runOf(methodology, {
        facilitatorIds: [staff(second).id],
        sessions: { dates: [{ startsAt: at(5, 10), endsAt: at(5, 11) }] },
      }),
      '/problems/facilitator-not-certified',
    )
    expect(alone.uncertified).toEqual([
      { userId: staff(second).id, name: staff(second).name, date: '2027-01-05' },
    ])
  })

  it('refuses a trainee whose supervisor co-facilitates but is no longer certified on the day', async () => {
    const methodology = await newMethodology()
    await certifyIn(t, c.coordinator.auth, staff(first).id, methodology.id, {
      level: 'supervisor',
      validUntil: '2027-01-10',
    })
    await certifyIn(t, c.coordinator.auth, staff(second).id, methodology.id, {
      level: 'trainee',
      supervisorId: staff(first).id,
    })
    const problem = await refused(
      runOf(methodology, { sessions: { dates: [{ startsAt: at(12, 10), endsAt: at(12, 11) }] } }),
      '/problems/facilitator-not-certified',
    )
    expect(problem.uncertified?.map((u) => u.userId).sort()).toEqual(
      [staff(first).id, staff(second).id].sort(),
    )
  })

  it('refuses a revoked certification', async () => {
    const methodology = await newMethodology()
    await certifyIn(t, c.coordinator.auth, staff(first).id, methodology.id)
    const revokedOne = await certifyIn(t, c.coordinator.auth, staff(second).id, methodology.id)
    const revoking = await t
      .http()
      .post(`/api/v1/certifications/${revokedOne.id}/revoke`)
      .set(c.coordinator.auth)
      .set(ifMatch(revokedOne.version))
      .send({ reason: 'Išduotas per klaidą.' })
    expect(revoking.status, JSON.stringify(revoking.body)).toBe(200)
    const problem = await refused(runOf(methodology), '/problems/facilitator-not-certified')
    expect(new Set(problem.uncertified?.map((u) => u.userId))).toEqual(new Set([staff(second).id]))
  })

  it('keeps a trainee certified when their supervisor’s certification is revoked, but no longer lets them facilitate', async () => {
    const methodology = await newMethodology()
    const supervisor = await certifyIn(t, c.coordinator.auth, staff(first).id, methodology.id, {
      level: 'supervisor',
    })
    const trainee = await certifyIn(t, c.coordinator.auth, staff(second).id, methodology.id, {
      level: 'trainee',
      supervisorId: staff(first).id,
    })
    const revoking = await t
      .http()
      .post(`/api/v1/certifications/${supervisor.id}/revoke`)
      .set(c.coordinator.auth)
      .set(ifMatch(supervisor.version))
      .send({ reason: 'Prižiūrėtojo sertifikatas atšauktas.' })
    expect(revoking.status, JSON.stringify(revoking.body)).toBe(200)
    const traineeNow = await t.http().get(`/api/v1/certifications/${trainee.id}`).set(c.coordinator.auth)
    expect(traineeNow.status, JSON.stringify(traineeNow.body)).toBe(200)
    expect(traineeNow.body).toMatchObject({ level: 'trainee', revokedAt: null })

    const together = await refused(
      runOf(methodology, { sessions: { dates: [{ startsAt: at(13, 10), endsAt: at(13, 11) }] } }),
      '/problems/facilitator-not-certified',
    )
    expect(together.uncertified).toEqual(
      [staff(first), staff(second)]
        .map(({ id, name }) => ({ userId: id, name, date: '2027-01-13' }))
        .sort((a, b) => a.name.localeCompare(b.name, 'lt')),
    )
  })

  it('refuses a session added after a facilitator’s certification lapses, adding nothing', async () => {
    const methodology = await newMethodology()
    await certifyIn(t, c.coordinator.auth, staff(first).id, methodology.id)
    await certifyIn(t, c.coordinator.auth, staff(second).id, methodology.id, { validUntil: '2027-02-28' })
    const run = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, { methodologyId: methodology.id, ...mondaysAt(11) }),
    )
    const problem = await refused(
      t
        .http()
        .post(`${runPath(run.id)}/sessions`)
        .set(c.coordinator.auth)
        .send({
          startsAt: at(1, 17).replace('2027-01-', '2027-03-'),
          endsAt: at(1, 18).replace('2027-01-', '2027-03-'),
        }),
      '/problems/facilitator-not-certified',
    )
    expect(problem.detail).toBe(
      `${staff(second).name} is not certified in ${methodology.name} on 2027-03-01.`,
    )
    const inTime = await t
      .http()
      .post(`${runPath(run.id)}/sessions`)
      .set(c.coordinator.auth)
      .send({
        startsAt: at(26, 10).replace('2027-01-', '2027-02-'),
        endsAt: at(26, 11).replace('2027-01-', '2027-02-'),
      })
    expect(inTime.status, JSON.stringify(inTime.body)).toBe(201)
  })

  it('refuses fewer facilitators than the methodology asks for with 409', async () => {
    const methodology = await newMethodology({ facilitatorsPerGroup: 2 })
    await certifyIn(t, c.coordinator.auth, staff(first).id, methodology.id)
    const problem = await refused(
      runOf(methodology, { facilitatorIds: [staff(first).id] }),
      '/problems/too-few-facilitators',
    )
    expect(problem.detail).toBe(`A group of ${methodology.name} needs 2 facilitators; 1 named.`)
  })

  it('refuses a capacity above the methodology’s group size, and two places a couple, with 400', async () => {
    const methodology = await newMethodology({ maxGroupSize: 12 })
    const couples = await newMethodology({
      maxGroupSize: 20,
      enrolmentRules: { couples: { kind: 'expectant_parents', bothRequired: false, maxCouples: 5 } },
    })
    for (const m of [methodology, couples])
      for (const i of [first, second]) await certifyIn(t, c.coordinator.auth, staff(i).id, m.id)
    const before = await groupCounts(t.db)
    const tooMany = expectValidationProblem(await runOf(methodology, { capacity: 13 }), ['/capacity'])
    expect(tooMany.detail).toBe(`A group of ${methodology.name} takes at most 12 persons.`)
    expectValidationProblem(await runOf(couples, { capacity: 11 }), ['/capacity'])
    expect(await groupCounts(t.db)).toEqual(before)
    const run = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, { methodologyId: couples.id, capacity: 10, ...mondaysAt(13) }),
    )
    const raising = await t
      .http()
      .patch(runPath(run.id))
      .set(c.coordinator.auth)
      .set(ifMatch(run.version))
      .send({ capacity: 11 })
    expectValidationProblem(raising, ['/capacity'])
  })

  it('leaves runs without a methodology as they were', async () => {
    await createRun(
      t,
      c.coordinator.auth,
      runBody(c, { sessions: { dates: [{ startsAt: at(6, 10), endsAt: at(6, 11) }] } }),
    )
  })
})

describe('only a specialist certified in a service’s methodology is booked for it', () => {
  let c: BookingCentre
  let methodology: Methodology
  beforeAll(async () => {
    c = await bookingCentre(t)
    const admin = await signedInUser(t, { organisationId: c.organisationId, roles: ['admin'] })
    methodology = await createMethodology(t, admin.auth, { format: 'individual', enrolmentRules: {} })
    await t.db.update(services).set({ methodologyId: methodology.id }).where(eq(services.id, c.serviceId))
  })

  it('refuses an uncertified specialist with 409 naming them and the day, booking nothing', async () => {
    const before = await bookingCounts(t.db)
    const problem = expectProblem(
      await t
        .http()
        .post(BOOKINGS)
        .set(c.coordinator.auth)
        .send(bookingBody(c, { startsAt: at(7, 10), endsAt: at(7, 11) })),
      409,
      '/problems/facilitator-not-certified',
    ) as ReturnType<typeof expectProblem> & NotCertified
    expect(problem.detail).toBe(
      `${c.specialist.user.name} is not certified in ${methodology.name} on 2027-01-07.`,
    )
    expect(problem.methodology).toEqual({ id: methodology.id, name: methodology.name })
    expect(problem.uncertified).toEqual([
      { userId: c.specialist.user.id, name: c.specialist.user.name, date: '2027-01-07' },
    ])
    expect(await bookingCounts(t.db)).toEqual(before)
  })

  it('books a certified specialist, and refuses moving the appointment past the certification', async () => {
    await certifyIn(t, c.coordinator.auth, c.specialist.user.id, methodology.id, { validUntil: '2027-01-20' })
    const appointment = await book(
      t,
      c.coordinator.auth,
      bookingBody(c, { startsAt: at(8, 10), endsAt: at(8, 11) }),
    )
    const before = await bookingCounts(t.db)
    expectProblem(
      await t
        .http()
        .patch(bookingPath(appointment.id))
        .set(c.coordinator.auth)
        .set(ifMatch(appointment.version))
        .send({ startsAt: at(21, 10), endsAt: at(21, 11) }),
      409,
      '/problems/facilitator-not-certified',
    )
    expect(await bookingCounts(t.db)).toEqual(before)
    const [row] = await t.db.select().from(services).where(eq(services.id, c.serviceId))
    expect(row?.methodologyId).toBe(methodology.id)
  })
})
