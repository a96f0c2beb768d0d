import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditLog, casePlanGoals, families, needsAssessments } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { createOrganisation, signedInUser } from '../support/factories.js'
import { daysAgo, daysAhead, familyPath, ifMatch, intakeFamily } from '../support/family-factories.js'

const t = useTestApp()

let caseManager: Awaited<ReturnType<typeof signedInUser>>
let specialist: Awaited<ReturnType<typeof signedInUser>>
let outsider: Awaited<ReturnType<typeof signedInUser>>

beforeAll(async () => {
  const org = await createOrganisation(t.db)
  caseManager = await signedInUser(t, {
    roles: ['case_manager'],
    professions: ['case_manager'],
    organisationId: org.id,
  })
  specialist = await signedInUser(t, {
    roles: ['specialist'],
    professions: ['psychologist'],
    organisationId: org.id,
  })
  outsider = await signedInUser(t, { roles: ['specialist'], organisationId: org.id })
})

async function familyWithTeam() {
  const family = await intakeFamily(t, caseManager.auth, {
    referralSource: 'child_rights_service',
    referredAt: daysAgo(40),
  })
  const added = await t
    .http()
    .post(`${familyPath(family.id)}/team`)
    .set(caseManager.auth)
    .send({ userId: specialist.user.id })
  expect(added.status).toBe(201)
  return family
}

const assessment = {
  assessedOn: daysAgo(1),
  strengths: 'Abu tėvai myli vaikus.',
  items: [
    { area: 'safety', item: 'Vaiko saugumas namuose', rating: 'mild' },
    { area: 'parenting', item: 'Tėvų bendradarbiavimas', rating: 'severe', note: '<b>Nesikalba</b>' },
    { area: 'housing', item: 'Būsto sąlygos', rating: 'dont_know' },
  ],
}

describe('POST /api/v1/families/:familyId/assessments', () => {
  it('records a signed assessment by a team specialist and meets the first-assessment deadline', async () => {
    const family = await familyWithTeam()
    // A deadline that passed long before any test runs.
    await t.db.update(families).set({ firstAssessmentDue: '2025-01-09' }).where(eq(families.id, family.id))
    const before = await t.http().get(familyPath(family.id)).set(caseManager.auth)
    expect(before.body.firstAssessmentOverdue).toBe(true)
    const response = await t
      .http()
      .post(`${familyPath(family.id)}/assessments`)
      .set(specialist.auth)
      .send(assessment)
    expect(response.status).toBe(201)
    expect(response.body.author.id).toBe(specialist.user.id)
    expect(response.body.items).toHaveLength(3)
    expect(response.body.items.find((i: { area: string }) => i.area === 'parenting').note).toBe(
      '<b>Nesikalba</b>',
    )
    const after = await t.http().get(familyPath(family.id)).set(caseManager.auth)
    expect(after.body.firstAssessmentOverdue).toBe(false)
    const [row] = await t.db.select().from(families).where(eq(families.id, family.id))
    expect(row?.firstAssessmentAt).not.toBeNull()
  })

  it('keeps a history, newest first', async () => {
    const family = await familyWithTeam()
    await t
      .http()
      .post(`${familyPath(family.id)}/assessments`)
      .set(caseManager.auth)
      .send({ ...assessment, assessedOn: daysAgo(30) })
    await t
      .http()
      .post(`${familyPath(family.id)}/assessments`)
      .set(caseManager.auth)
      .send({ ...assessment, assessedOn: daysAgo(2) })
    const list = await t
      .http()
      .get(`${familyPath(family.id)}/assessments`)
      .set(specialist.auth)
    expect(list.status).toBe(200)
    expect(list.body.items.map((a: { assessedOn: string }) => a.assessedOn)).toEqual([
      daysAgo(2),
      daysAgo(30),
    ])
  })

  it('refuses a future date, an unknown rating and no items, storing nothing', async () => {
    const family = await familyWithTeam()
    for (const body of [
      { ...assessment, assessedOn: daysAhead(3) },
      { ...assessment, items: [{ area: 'safety', item: 'x', rating: 'terrible' }] },
      { ...assessment, items: [] },
      { ...assessment, strengths: 'x'.repeat(100 * 1024) },
    ]) {
      const response = await t
        .http()
        .post(`${familyPath(family.id)}/assessments`)
        .set(caseManager.auth)
        .send(body)
      expect(response.status).toBe(400)
      expect(response.headers['content-type']).toMatch(/problem\+json/)
    }
    expect(
      await t.db.select().from(needsAssessments).where(eq(needsAssessments.familyId, family.id)),
    ).toHaveLength(0)
  })

  it('answers 404 to staff who are not on the team', async () => {
    const family = await familyWithTeam()
    expect(
      (
        await t
          .http()
          .post(`${familyPath(family.id)}/assessments`)
          .set(outsider.auth)
          .send(assessment)
      ).status,
    ).toBe(404)
    expect(
      (
        await t
          .http()
          .get(`${familyPath(family.id)}/assessments`)
          .set(outsider.auth)
      ).status,
    ).toBe(404)
  })
})

describe('case plan goals and reviews', () => {
  it('adds goals, reviews them with the views of family and child, and changes their status', async () => {
    const family = await familyWithTeam()
    const goal = await t
      .http()
      .post(`${familyPath(family.id)}/plan/goals`)
      .set(caseManager.auth)
      .send({
        area: 'parenting',
        description: 'Tėvai susitaria dėl bendravimo tvarkos.',
        responsibleId: specialist.user.id,
        targetDate: daysAhead(60),
      })
    expect(goal.status).toBe(201)
    expect(goal.headers.etag).toBe('"1"')
    const review = await t
      .http()
      .post(`${familyPath(family.id)}/plan/reviews`)
      .set(caseManager.auth)
      .send({
        reviewedOn: daysAgo(0),
        nextReviewOn: daysAhead(90),
        familyViews: 'Mama jaučiasi geriau.',
        childViews: 'Jonas nori matyti tėtį savaitgaliais.',
        goals: [{ goalId: goal.body.id, progress: 'Susitarė dėl savaitgalių.', status: 'achieved' }],
      })
    expect(review.status).toBe(201)
    expect(review.body.childViews).toBe('Jonas nori matyti tėtį savaitgaliais.')
    const plan = await t
      .http()
      .get(`${familyPath(family.id)}/plan`)
      .set(specialist.auth)
    expect(plan.status).toBe(200)
    expect(plan.body.goals[0]).toMatchObject({
      status: 'achieved',
      lastProgress: 'Susitarė dėl savaitgalių.',
      version: 2,
    })
    expect(plan.body.nextReviewOn).toBe(daysAhead(90))
    expect(plan.body.reviewOverdue).toBe(false)
  })

  it('edits a goal with If-Match: 428 without, 412 when stale', async () => {
    const family = await familyWithTeam()
    const goal = await t
      .http()
      .post(`${familyPath(family.id)}/plan/goals`)
      .set(caseManager.auth)
      .send({
        area: 'housing',
        description: 'Rasti būstą.',
        responsibleId: caseManager.user.id,
        targetDate: daysAhead(30),
      })
    const path = `${familyPath(family.id)}/plan/goals/${goal.body.id}`
    expect((await t.http().patch(path).set(caseManager.auth).send({ status: 'dropped' })).status).toBe(428)
    expect(
      (await t.http().patch(path).set(caseManager.auth).set(ifMatch(7)).send({ status: 'dropped' })).status,
    ).toBe(412)
    const ok = await t.http().patch(path).set(caseManager.auth).set(ifMatch(1)).send({ status: 'dropped' })
    expect(ok.status).toBe(200)
    expect(ok.body.status).toBe('dropped')
    const [row] = await t.db.select().from(casePlanGoals).where(eq(casePlanGoals.id, goal.body.id))
    expect(row?.version).toBe(2)
  })

  it('refuses a responsible person off the team, a goal of another family, and a next review before this one', async () => {
    const family = await familyWithTeam()
    const other = await familyWithTeam()
    const offTeam = await t
      .http()
      .post(`${familyPath(family.id)}/plan/goals`)
      .set(caseManager.auth)
      .send({ area: 'housing', description: 'x', responsibleId: outsider.user.id, targetDate: daysAhead(30) })
    expect(offTeam.status).toBe(400)
    expect(offTeam.body.errors[0].pointer).toBe('/responsibleId')
    const foreignGoal = await t
      .http()
      .post(`${familyPath(other.id)}/plan/goals`)
      .set(caseManager.auth)
      .send({
        area: 'housing',
        description: 'x',
        responsibleId: caseManager.user.id,
        targetDate: daysAhead(30),
      })
    const wrongFamily = await t
      .http()
      .post(`${familyPath(family.id)}/plan/reviews`)
      .set(caseManager.auth)
      .send({
        reviewedOn: daysAgo(0),
        nextReviewOn: daysAhead(30),
        goals: [{ goalId: foreignGoal.body.id, progress: 'x', status: 'achieved' }],
      })
    expect(wrongFamily.status).toBe(400)
    expect(wrongFamily.body.errors[0].pointer).toBe('/goals/0/goalId')
    const backwards = await t
      .http()
      .post(`${familyPath(family.id)}/plan/reviews`)
      .set(caseManager.auth)
      .send({ reviewedOn: daysAgo(0), nextReviewOn: daysAgo(5), goals: [] })
    expect(backwards.status).toBe(400)
    const [goalRow] = await t.db.select().from(casePlanGoals).where(eq(casePlanGoals.id, foreignGoal.body.id))
    expect(goalRow?.status).toBe('open')
  })

  it('lets a team specialist read the plan but not change it', async () => {
    const family = await familyWithTeam()
    const response = await t
      .http()
      .post(`${familyPath(family.id)}/plan/goals`)
      .set(specialist.auth)
      .send({
        area: 'housing',
        description: 'x',
        responsibleId: specialist.user.id,
        targetDate: daysAhead(30),
      })
    expect(response.status).toBe(403)
    expect(
      (
        await t
          .http()
          .get(`${familyPath(family.id)}/plan`)
          .set(outsider.auth)
      ).status,
    ).toBe(404)
  })
})

describe('GET /api/v1/case-plans/attention', () => {
  it("lists the case manager's overdue reviews and the goals past their target date", async () => {
    const family = await familyWithTeam()
    const goal = await t
      .http()
      .post(`${familyPath(family.id)}/plan/goals`)
      .set(caseManager.auth)
      .send({
        area: 'finances',
        description: 'Sutvarkyti skolas.',
        responsibleId: caseManager.user.id,
        targetDate: daysAgo(3),
        pastDateConfirmed: true,
      })
    await t
      .http()
      .post(`${familyPath(family.id)}/plan/reviews`)
      .set(caseManager.auth)
      .send({ reviewedOn: daysAgo(100), nextReviewOn: daysAgo(10), pastDateConfirmed: true, goals: [] })
    const attention = await t.http().get('/api/v1/case-plans/attention').set(caseManager.auth)
    expect(attention.status).toBe(200)
    expect(attention.body.overdueReviews).toContainEqual({
      familyId: family.id,
      referenceCode: family.referenceCode,
      nextReviewOn: daysAgo(10),
    })
    expect(attention.body.overdueGoals.map((g: { goalId: string }) => g.goalId)).toContain(goal.body.id)
    const theirs = await t.http().get('/api/v1/case-plans/attention').set(outsider.auth)
    expect(theirs.body).toEqual({
      overdueReviews: [],
      overdueGoals: [],
      repeatedNoShows: [],
      unassignedFamilies: [],
    })
  })

  it("lists a family taken in without a case manager for the organisation's coordinators until one is assigned", async () => {
    const reception = await signedInUser(t, {
      roles: ['intake'],
      organisationId: caseManager.user.organisationId,
    })
    const coordinator = await signedInUser(t, {
      roles: ['coordinator'],
      organisationId: caseManager.user.organisationId,
    })
    const elsewhere = await signedInUser(t, { roles: ['coordinator'] })
    const family = await intakeFamily(t, reception.auth)
    expect(family.caseManager).toBeNull()
    const unassigned = async (auth: typeof coordinator.auth) => {
      const response = await t.http().get('/api/v1/case-plans/attention').set(auth)
      expect(response.status).toBe(200)
      return response.body.unassignedFamilies.map((f: { familyId: string }) => f.familyId)
    }
    const listed = await t.http().get('/api/v1/case-plans/attention').set(coordinator.auth)
    expect(listed.body.unassignedFamilies).toContainEqual({
      familyId: family.id,
      referenceCode: family.referenceCode,
      openedAt: family.openedAt,
    })
    expect(await unassigned(elsewhere.auth)).not.toContain(family.id)
    expect(await unassigned(caseManager.auth)).toEqual([])
    expect(await unassigned(reception.auth)).toEqual([])
    const assigned = await t
      .http()
      .put(`${familyPath(family.id)}/case-manager`)
      .set(coordinator.auth)
      .send({ userId: caseManager.user.id })
    expect(assigned.status).toBe(200)
    expect(await unassigned(coordinator.auth)).not.toContain(family.id)
  })

  it('leaves audit entries for what it read and wrote', async () => {
    const actions = (await t.db.select({ action: auditLog.action }).from(auditLog)).map((r) => r.action)
    for (const action of [
      'assessment.create',
      'assessment.list',
      'plan.goal.create',
      'plan.goal.update',
      'plan.review.create',
      'plan.read',
      'plan.attention',
    ])
      expect(actions).toContain(action)
  })
})
