import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { enrolments, groupRuns } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { at } from '../support/booking-factories.js'
import { signedInUser } from '../support/factories.js'
import { ifMatch, intakeFamily, memberBody, membersOf } from '../support/family-factories.js'
import {
  createRun,
  enrolmentsPath,
  type GroupCentre,
  groupCentre,
  groupCounts,
  runBody,
  runPath,
} from '../support/group-factories.js'
import { certifyIn, createMethodology } from '../support/methodology-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()

/** Every run's first session is on Monday 4 January 2027, at its own hour so runs do not clash. */
const FIRST_DAY = '2027-01-04'

describe('a run enrols by its methodology’s rules', () => {
  let c: GroupCentre
  let admin: Awaited<ReturnType<typeof signedInUser>>
  let nextHour = 8
  beforeAll(async () => {
    c = await groupCentre(t)
    admin = await signedInUser(t, { organisationId: c.organisationId, roles: ['admin'] })
  })

  /** A methodology both facilitators are certified in, and a run of it of one session. */
  async function runOf(rules: Record<string, unknown>, capacity: number, overrides = {}) {
    const methodology = await createMethodology(t, admin.auth, {
      enrolmentRules: rules,
      facilitatorsPerGroup: 2,
      ...overrides,
    })
    for (const f of c.facilitators) await certifyIn(t, c.coordinator.auth, f.user.id, methodology.id)
    const hour = nextHour++
    const run = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, {
        methodologyId: methodology.id,
        capacity,
        sessions: { dates: [{ startsAt: at(4, hour), endsAt: at(4, hour, 45) }] },
      }),
    )
    return { methodology, run }
  }

  /** A family of a parent and, when a birth date is given, a child; their person ids. */
  async function family(childBornOn?: string) {
    const child = childBornOn
      ? [memberBody({ givenName: 'Jonas', role: 'child', gender: 'man', birthDate: childBornOn })]
      : []
    const created = await intakeFamily(t, c.coordinator.auth, { members: [memberBody(), ...child] })
    const members = await membersOf(t, c.coordinator.auth, created.id)
    const idOf = (role: string) => members.find((m) => m.role === role)?.personId ?? ''
    return { parentId: idOf('parent'), childId: idOf('child') }
  }

  const post = (runId: string, body: Record<string, unknown>) =>
    t.http().post(enrolmentsPath(runId)).set(c.coordinator.auth).send(body)

  async function enrolled(runId: string, body: Record<string, unknown>) {
    const response = await post(runId, body)
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    return response.body as {
      id: string
      status: string
      coupleId: string | null
      expectedBirthOn: string | null
    }
  }

  /** Expects a refusal that changed nothing, and returns its detail. */
  async function refused(runId: string, body: Record<string, unknown>) {
    const before = await groupCounts(t.db)
    const problem = expectProblem(await post(runId, body), 422, '/problems/enrolment-rule')
    expect(await groupCounts(t.db)).toEqual(before)
    return problem.detail
  }

  const rowsOf = (runId: string) => t.db.select().from(enrolments).where(eq(enrolments.runId, runId))
  const enrolledCount = async (runId: string) =>
    (await t.db.select().from(groupRuns).where(eq(groupRuns.id, runId)))[0]?.enrolledCount

  describe('No Kids in the Middle: both ex-partners, court proceedings on hold, children 4–18', () => {
    const rules = {
      couples: { kind: 'ex_partners', bothRequired: true, maxCouples: 2 },
      participantChildAge: { minYears: 4, maxYears: 18 },
      courtProceedingsOnHold: true,
    }
    it('refuses one partner alone and a couple without the court confirmation, naming the rule', async () => {
      const { methodology: m, run } = await runOf(rules, 4)
      const [a, b] = [await family(), await family()]
      expect(await refused(run.id, { personId: a.parentId, courtProceedingsOnHold: true })).toBe(
        `${m.name} takes both partners of a couple: name the partner (partnerPersonId).`,
      )
      for (const confirmation of [{}, { courtProceedingsOnHold: false }])
        expect(
          await refused(run.id, { personId: a.parentId, partnerPersonId: b.parentId, ...confirmation }),
        ).toContain('court proceedings on hold')
      expectValidationProblem(await post(run.id, { personId: a.parentId, partnerPersonId: a.parentId }), [
        '/partnerPersonId',
      ])
      expectValidationProblem(
        await post(run.id, {
          personId: a.parentId,
          partnerPersonId: b.parentId,
          courtProceedingsOnHold: true,
          expectedBirthOn: '2027-05-01',
        }),
        ['/expectedBirthOn'],
      )
    })

    it('enrols a couple together up to the most couples, waitlists the next couple, and they leave together', async () => {
      const { run } = await runOf(rules, 4)
      const couples: { first: Awaited<ReturnType<typeof enrolled>> }[] = []
      for (let i = 0; i < 3; i++) {
        const [a, b] = [await family(), await family()]
        const first = await enrolled(run.id, {
          personId: a.parentId,
          partnerPersonId: b.parentId,
          courtProceedingsOnHold: true,
        })
        couples.push({ first })
      }
      const rows = await rowsOf(run.id)
      const statusOf = (coupleId: string | null) =>
        rows.filter((r) => r.coupleId === coupleId).map((r) => [r.status, r.courtProceedingsOnHold])
      expect(couples.map((cp) => cp.first.status)).toEqual(['enrolled', 'enrolled', 'waitlisted'])
      for (const cp of couples) expect(statusOf(cp.first.coupleId)).toHaveLength(2)
      expect(statusOf(couples[2]?.first.coupleId ?? null)).toEqual([
        ['waitlisted', true],
        ['waitlisted', true],
      ])
      expect(await enrolledCount(run.id)).toBe(4)

      const withdrawal = await t
        .http()
        .post(`${enrolmentsPath(run.id)}/${couples[0]?.first.id}/withdraw`)
        .set(c.coordinator.auth)
        .send({ reason: 'Pora persigalvojo.' })
      expect(withdrawal.status, JSON.stringify(withdrawal.body)).toBe(200)
      const after = await rowsOf(run.id)
      expect(after.filter((r) => r.coupleId === couples[0]?.first.coupleId).map((r) => r.status)).toEqual([
        'withdrawn',
        'withdrawn',
      ])
      expect(after.filter((r) => r.coupleId === couples[2]?.first.coupleId).map((r) => r.status)).toEqual([
        'enrolled',
        'enrolled',
      ])
      expect(await enrolledCount(run.id)).toBe(4)
    })

    it('takes a child aged 4–18 on the first session’s day, alone, and refuses a younger one naming the ages', async () => {
      const { run } = await runOf(rules, 4)
      const four = await family('2023-01-04')
      const child = await enrolled(run.id, { personId: four.childId })
      expect(child).toMatchObject({ status: 'enrolled', coupleId: null })
      const three = await family('2023-01-05')
      expect(await refused(run.id, { personId: three.childId })).toMatch(
        /takes children aged 4–18 on 2027-01-04; Jonas \S+ is 3\.$/,
      )
      expect(await refused(run.id, { personId: three.parentId, partnerPersonId: four.childId })).toBe(
        'A child enrols alone, not as a partner of a couple.',
      )
    })
  })

  describe('Group Teen Triple P: parents of a child aged 12–16', () => {
    it('enrols a parent of a teenager and refuses a parent of a younger child and a child', async () => {
      const { methodology, run } = await runOf({ parentOfChildAged: { minYears: 12, maxYears: 16 } }, 12, {
        facilitatorsPerGroup: 1,
      })
      const sixteen = await family('2010-01-05')
      expect(await enrolled(run.id, { personId: sixteen.parentId })).toMatchObject({ status: 'enrolled' })
      const eleven = await family('2015-01-05')
      const detail = await refused(run.id, { personId: eleven.parentId })
      expect(detail).toContain(`${methodology.name} enrols parents of a child aged 12–16 on ${FIRST_DAY}`)
      expect(await refused(run.id, { personId: (await family()).parentId })).toContain('aged 12–16')
      expect(await refused(run.id, { personId: sixteen.childId })).toContain('is a child of the family')
      expectValidationProblem(
        await post(run.id, { personId: eleven.parentId, courtProceedingsOnHold: true }),
        ['/courtProceedingsOnHold'],
      )
    })
  })

  describe('SAFE: couples enrolling in pregnancy', () => {
    const rules = {
      couples: { kind: 'expectant_parents', bothRequired: false, minCouples: 1, maxCouples: 2 },
      duringPregnancy: true,
    }

    it('records the expected birth, required and within the pregnancy after the first session', async () => {
      const { methodology, run } = await runOf(rules, 4)
      const { parentId } = await family()
      expect(await refused(run.id, { personId: parentId })).toBe(
        `${methodology.name} enrols during pregnancy: give the expected birth date (expectedBirthOn).`,
      )
      for (const expectedBirthOn of [FIRST_DAY, '2027-10-12'])
        expectValidationProblem(await post(run.id, { personId: parentId, expectedBirthOn }), [
          '/expectedBirthOn',
        ])
      const alone = await enrolled(run.id, { personId: parentId, expectedBirthOn: '2027-10-11' })
      expect(alone).toMatchObject({ status: 'enrolled', expectedBirthOn: '2027-10-11' })
      expect(alone.coupleId).toEqual(expect.any(String))
    })

    it('counts couples: a couple of one partner takes one of the most couples', async () => {
      const { run } = await runOf(rules, 4)
      const [a, b, d] = [await family(), await family(), await family()]
      const first = await enrolled(run.id, { personId: a.parentId, expectedBirthOn: '2027-05-20' })
      const second = await enrolled(run.id, {
        personId: b.parentId,
        partnerPersonId: (await family()).parentId,
        expectedBirthOn: '2027-06-01',
      })
      // One place is free, but both couples the methodology takes are enrolled.
      const third = await enrolled(run.id, { personId: d.parentId, expectedBirthOn: '2027-06-10' })
      expect([first.status, second.status, third.status]).toEqual(['enrolled', 'enrolled', 'waitlisted'])
      expect(await enrolledCount(run.id)).toBe(3)
    })
  })

  describe('SAFE: a run starts with its fewest couples', () => {
    const rules = {
      couples: { kind: 'expectant_parents', bothRequired: false, minCouples: 2, maxCouples: 3 },
      duringPregnancy: true,
    }
    const setStatus = async (runId: string, status: string) => {
      const current = await t.http().get(runPath(runId)).set(c.coordinator.auth)
      return t
        .http()
        .patch(runPath(runId))
        .set(c.coordinator.auth)
        .set(ifMatch(current.body.version))
        .send({ status })
    }

    it('refuses to start with fewer couples enrolled, naming the numbers and changing nothing', async () => {
      const { methodology, run } = await runOf(rules, 6)
      const a = await family()
      await enrolled(run.id, { personId: a.parentId, expectedBirthOn: '2027-05-20' })
      const before = await groupCounts(t.db)
      const [row] = await t.db.select().from(groupRuns).where(eq(groupRuns.id, run.id))
      const problem = expectProblem(await setStatus(run.id, 'running'), 409, '/problems/too-few-couples')
      expect(problem.detail).toBe(`A run of ${methodology.name} starts with at least 2 couples; 1 enrolled.`)
      expect(await groupCounts(t.db)).toEqual(before)
      expect((await t.db.select().from(groupRuns).where(eq(groupRuns.id, run.id)))[0]).toEqual(row)

      const b = await family()
      await enrolled(run.id, {
        personId: b.parentId,
        partnerPersonId: (await family()).parentId,
        expectedBirthOn: '2027-06-01',
      })
      const started = await setStatus(run.id, 'running')
      expect(started.status, JSON.stringify(started.body)).toBe(200)
      expect(started.body.status).toBe('running')
    })

    it('counts no waitlisted couple, and lets a run with too few be cancelled', async () => {
      const { run } = await runOf(rules, 2)
      const both = await enrolled(run.id, {
        personId: (await family()).parentId,
        partnerPersonId: (await family()).parentId,
        expectedBirthOn: '2027-05-20',
      })
      const waiting = await enrolled(run.id, {
        personId: (await family()).parentId,
        expectedBirthOn: '2027-05-21',
      })
      expect([both.status, waiting.status]).toEqual(['enrolled', 'waitlisted'])
      const problem = expectProblem(await setStatus(run.id, 'running'), 409, '/problems/too-few-couples')
      expect(problem.detail).toContain('at least 2 couples; 1 enrolled.')
      expect((await setStatus(run.id, 'cancelled')).status).toBe(200)
    })
  })

  it('refuses the rules’ fields on a run without a methodology and enrols as before', async () => {
    const run = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, { sessions: { dates: [{ startsAt: at(5, 9), endsAt: at(5, 10) }] } }),
    )
    const { parentId } = await family()
    expectValidationProblem(
      await post(run.id, {
        personId: parentId,
        partnerPersonId: (await family()).parentId,
        courtProceedingsOnHold: true,
      }),
      ['/partnerPersonId', '/courtProceedingsOnHold'],
    )
    expect(await enrolled(run.id, { personId: parentId })).toMatchObject({
      status: 'enrolled',
      coupleId: null,
      expectedBirthOn: null,
    })
  })
})
