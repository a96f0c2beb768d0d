import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { casePlanGoals, casePlanReviews } from '../../src/db/schema/index.js'
import { todayInVilnius } from '../../src/lib/dates.js'
import { useTestApp } from '../support/app.js'
import { signedInUser } from '../support/factories.js'
import { daysAgo, daysAhead, familyPath, ifMatch, intakeFamily } from '../support/family-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()

let manager: Awaited<ReturnType<typeof signedInUser>>
let familyId: string

beforeAll(async () => {
  manager = await signedInUser(t, { roles: ['case_manager'] })
  familyId = (await intakeFamily(t, manager.auth)).id
})

/** Today (Vilnius) with its year moved, e.g. one year back. */
const yearsFromToday = (years: number) => {
  const today = todayInVilnius()
  return `${Number(today.slice(0, 4)) + years}${today.slice(4)}`
}
const dayBefore = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - 1)
  return date.toISOString().slice(0, 10)
}

const postGoal = (fields: Record<string, unknown>) =>
  t
    .http()
    .post(`${familyPath(familyId)}/plan/goals`)
    .set(manager.auth)
    .send({ area: 'housing', description: 'Rasti būstą.', responsibleId: manager.user.id, ...fields })
const goalCount = async () =>
  (await t.db.select().from(casePlanGoals).where(eq(casePlanGoals.familyId, familyId))).length

describe('a goal target date before today', () => {
  it.each([
    ['yesterday', () => daysAgo(1)],
    ['a month ago', () => daysAgo(30)],
  ])(
    'is refused with 422 past-date-unconfirmed when %s and not confirmed, and nothing is saved',
    async (_when, date) => {
      const before = await goalCount()
      const response = await postGoal({ targetDate: date() })
      const problem = expectProblem(response, 422, '/problems/past-date-unconfirmed')
      expect(problem.detail).toContain('pastDateConfirmed')
      expect(await goalCount()).toBe(before)
    },
  )

  it('is saved once confirmed, and shows as overdue', async () => {
    const response = await postGoal({ targetDate: daysAgo(30), pastDateConfirmed: true })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body).toMatchObject({ targetDate: daysAgo(30), overdue: true })
  })

  it.each([
    ['today', () => todayInVilnius()],
    ['tomorrow', () => daysAhead(1)],
  ])('needs no confirmation for %s', async (_when, date) => {
    expect((await postGoal({ targetDate: date() })).status).toBe(201)
  })

  it('is accepted, confirmed, exactly one year back', async () => {
    expect((await postGoal({ targetDate: yearsFromToday(-1), pastDateConfirmed: true })).status).toBe(201)
  })

  it.each([
    ['a year and a day back', () => dayBefore(yearsFromToday(-1))],
    ['six years back', () => yearsFromToday(-6)],
    [
      'more than five years ahead',
      () => daysAhead(1).replace(/^\d{4}/, String(Number(todayInVilnius().slice(0, 4)) + 5)),
    ],
    ['in the year 2126', () => '2126-01-01'],
  ])('is refused at the field with 400 when %s, even confirmed', async (_when, date) => {
    const before = await goalCount()
    const response = await postGoal({ targetDate: date(), pastDateConfirmed: true })
    expectValidationProblem(response, ['/targetDate'])
    expect(await goalCount()).toBe(before)
  })

  it.each([
    ['a string', 'yes'],
    ['a number', 1],
    ['null', null],
  ])('refuses a confirmation that is %s with 400', async (_what, value) => {
    const response = await postGoal({ targetDate: daysAgo(3), pastDateConfirmed: value })
    expectValidationProblem(response, ['/pastDateConfirmed'])
  })
})

describe('editing a goal', () => {
  it('asks to confirm a new target date before today, and not a past one it already had', async () => {
    const created = await postGoal({ targetDate: daysAhead(10) })
    const path = `${familyPath(familyId)}/plan/goals/${created.body.id}`
    const moved = await t
      .http()
      .patch(path)
      .set(manager.auth)
      .set(ifMatch(1))
      .send({ targetDate: daysAgo(2) })
    expectProblem(moved, 422, '/problems/past-date-unconfirmed')
    const confirmed = await t
      .http()
      .patch(path)
      .set(manager.auth)
      .set(ifMatch(1))
      .send({ targetDate: daysAgo(2), pastDateConfirmed: true })
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
    const achieved = await t
      .http()
      .patch(path)
      .set(manager.auth)
      .set(ifMatch(2))
      .send({ targetDate: daysAgo(2), status: 'achieved' })
    expect(achieved.status, JSON.stringify(achieved.body)).toBe(200)
    expect(achieved.body).toMatchObject({ targetDate: daysAgo(2), status: 'achieved', version: 3 })
  })
})

describe('the next plan review before today', () => {
  const postReview = (fields: Record<string, unknown>) =>
    t
      .http()
      .post(`${familyPath(familyId)}/plan/reviews`)
      .set(manager.auth)
      .send({ reviewedOn: daysAgo(120), goals: [], ...fields })

  it('needs confirmation, and is saved once confirmed', async () => {
    const reviews = async () =>
      (await t.db.select().from(casePlanReviews).where(eq(casePlanReviews.familyId, familyId))).length
    const before = await reviews()
    expectProblem(await postReview({ nextReviewOn: daysAgo(30) }), 422, '/problems/past-date-unconfirmed')
    expect(await reviews()).toBe(before)
    const saved = await postReview({ nextReviewOn: daysAgo(30), pastDateConfirmed: true })
    expect(saved.status, JSON.stringify(saved.body)).toBe(201)
  })

  it('is refused more than a year back', async () => {
    const response = await postReview({
      reviewedOn: yearsFromToday(-3),
      nextReviewOn: yearsFromToday(-2),
      pastDateConfirmed: true,
    })
    expectValidationProblem(response, ['/nextReviewOn'])
  })
})
