import { randomUUID } from 'node:crypto'
import { and, eq, isNull } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import {
  auditLog,
  caseTeamMembers,
  families,
  familyMemberships,
  familyStatusChanges,
  persons,
} from '../../src/db/schema/index.js'
import { addWorkingDays, todayInVilnius } from '../../src/lib/dates.js'
import { useTestApp } from '../support/app.js'
import { createUser, signedInUser } from '../support/factories.js'
import {
  daysAgo,
  FAMILIES,
  familyTableCounts,
  intakeBody,
  intakeFamily,
  memberBody,
} from '../support/family-factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()

describe('POST /api/v1/families', () => {
  it.each(['intake', 'case_manager', 'coordinator', 'admin'] as const)(
    'takes a family in as %s: 201, Location, ETag "1", status intake and a reference code',
    async (role) => {
      const staff = await signedInUser(t, { roles: [role] })
      const response = await t.http().post(FAMILIES).set(staff.auth).send(intakeBody())
      expect(response.status, JSON.stringify(response.body)).toBe(201)
      expect(response.headers.location).toBe(`/api/v1/families/${response.body.id}`)
      expect(response.headers.etag).toBe('"1"')
      const year = todayInVilnius().slice(0, 4)
      expect(response.body).toMatchObject({
        status: 'intake',
        version: 1,
        organisationId: staff.user.organisationId,
        intakeBy: { id: staff.user.id },
        closedAt: null,
      })
      expect(response.body.referenceCode).toMatch(new RegExp(`^F-${year}-\\d{4,}$`))
      const [row] = await t.db.select().from(families).where(eq(families.id, response.body.id))
      expect(row).toMatchObject({ status: 'intake', referenceCode: response.body.referenceCode })
      const changes = await t.db
        .select()
        .from(familyStatusChanges)
        .where(eq(familyStatusChanges.familyId, response.body.id))
      expect(changes).toMatchObject([{ fromStatus: null, toStatus: 'intake', changedById: staff.user.id }])
    },
  )

  it('answers 403 for a specialist and an accommodation officer, creating nothing', async () => {
    for (const role of ['specialist', 'accommodation_officer'] as const) {
      const staff = await signedInUser(t, { roles: [role] })
      const before = await familyTableCounts(t.db)
      const response = await t.http().post(FAMILIES).set(staff.auth).send(intakeBody())
      expectProblem(response, 403, '/problems/forbidden')
      expect(await familyTableCounts(t.db)).toEqual(before)
    }
  })

  it('answers 401 without a token', async () => {
    expectProblem(await t.http().post(FAMILIES).send(intakeBody()), 401, '/problems/unauthorized')
  })

  it('creates the members as persons with current memberships', async () => {
    const staff = await signedInUser(t, { roles: ['intake'] })
    const parent = memberBody({ givenName: 'Asta', role: 'parent' })
    const child = memberBody({ givenName: 'Jonas', birthDate: '2016-09-03', gender: 'man', role: 'child' })
    const family = await intakeFamily(t, staff.auth, { members: [parent, child] })
    expect(family.memberNames.sort()).toEqual(
      [`Asta ${parent.familyName}`, `Jonas ${child.familyName}`].sort(),
    )
    const rows = await t.db
      .select({ person: persons, membership: familyMemberships })
      .from(familyMemberships)
      .innerJoin(persons, eq(persons.id, familyMemberships.personId))
      .where(and(eq(familyMemberships.familyId, family.id), isNull(familyMemberships.leftAt)))
    expect(rows).toHaveLength(2)
    expect(rows.map((r) => [r.person.givenName, r.membership.role, r.person.birthDate]).sort()).toEqual([
      ['Asta', 'parent', '1988-04-12'],
      ['Jonas', 'child', '2016-09-03'],
    ])
    for (const r of rows) expect(r.person.organisationId).toBe(staff.user.organisationId)
  })

  it('makes a case manager who takes a family in its responsible case manager, on the team', async () => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, manager.auth)
    expect(family.caseManager).toEqual({ id: manager.user.id, name: manager.user.name })
    const team = await t.db.select().from(caseTeamMembers).where(eq(caseTeamMembers.familyId, family.id))
    expect(team.map((m) => m.userId)).toEqual([manager.user.id])
    const teamResponse = await t.http().get(`${FAMILIES}/${family.id}/team`).set(manager.auth)
    expect(teamResponse.body.items).toMatchObject([{ userId: manager.user.id, responsible: true }])
  })

  it('assigns a case manager of the same organisation named by caseManagerId', async () => {
    const intake = await signedInUser(t, { roles: ['intake'] })
    const manager = await createUser(t.db, {
      organisationId: intake.user.organisationId,
      roles: ['case_manager'],
    })
    const family = await intakeFamily(t, intake.auth, { caseManagerId: manager.id })
    expect(family.caseManager?.id).toBe(manager.id)
    const team = await t.db.select().from(caseTeamMembers).where(eq(caseTeamMembers.familyId, family.id))
    expect(team.map((m) => m.userId)).toEqual([manager.id])
  })

  it('refuses a caseManagerId who is not a case manager with 400, creating nothing', async () => {
    const intake = await signedInUser(t, { roles: ['intake'] })
    const specialist = await createUser(t.db, {
      organisationId: intake.user.organisationId,
      roles: ['specialist'],
    })
    const before = await familyTableCounts(t.db)
    const response = await t
      .http()
      .post(FAMILIES)
      .set(intake.auth)
      .send(intakeBody({ caseManagerId: specialist.id }))
    const problem = expectProblem(response, 400, '/problems/validation')
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/caseManagerId'])
    expect(await familyTableCounts(t.db)).toEqual(before)
  })

  it("answers 404 for an unknown caseManagerId and for another organisation's case manager", async () => {
    const intake = await signedInUser(t, { roles: ['intake'] })
    const foreign = await createUser(t.db, { roles: ['case_manager'] })
    for (const caseManagerId of [randomUUID(), foreign.id]) {
      const before = await familyTableCounts(t.db)
      const response = await t.http().post(FAMILIES).set(intake.auth).send(intakeBody({ caseManagerId }))
      expectProblem(response, 404, '/problems/not-found')
      expect(await familyTableCounts(t.db)).toEqual(before)
    }
  })

  it('records family.create and member.create in the audit log', async () => {
    const staff = await signedInUser(t, { roles: ['intake'] })
    const family = await intakeFamily(t, staff.auth, { members: [memberBody(), memberBody()] })
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.actorId, staff.user.id))
    const created = rows.filter((r) => r.action === 'family.create')
    expect(created).toMatchObject([
      { entityType: 'family', entityId: family.id, details: { referenceCode: family.referenceCode } },
    ])
    expect(rows.filter((r) => r.action === 'member.create')).toHaveLength(2)
  })
})

describe('POST /api/v1/families: first assessment deadline', () => {
  it('is due within the working days counted from a recent referral, and not yet overdue', async () => {
    const staff = await signedInUser(t, { roles: ['intake'] })
    const referredAt = daysAgo(1)
    const family = await intakeFamily(t, staff.auth, {
      referralSource: 'child_rights_service',
      referredAt,
      violenceOrDangerReported: true,
    })
    expect(family.firstAssessmentDue).toBe(addWorkingDays(referredAt, 3))
    expect(String(family.firstAssessmentDue) > todayInVilnius()).toBe(true)
    expect(family.firstAssessmentOverdue).toBe(false)
  })

  it.each([false, true])(
    'is due on the opening day, not before it, for a report whose deadline passed before intake (violence: %s)',
    async (violence) => {
      const staff = await signedInUser(t, { roles: ['intake'] })
      const family = await intakeFamily(t, staff.auth, {
        referralSource: 'child_rights_service',
        referredAt: '2025-01-06',
        violenceOrDangerReported: violence,
      })
      const openedOn = todayInVilnius(new Date(family.openedAt))
      expect(family).toMatchObject({ firstAssessmentDue: openedOn, firstAssessmentOverdue: false })
    },
  )

  it('is not overdue for a report made today', async () => {
    const staff = await signedInUser(t, { roles: ['intake'] })
    const family = await intakeFamily(t, staff.auth, { referralSource: 'child_rights_service' })
    expect(family.referredAt).toBe(todayInVilnius())
    expect(family.firstAssessmentDue).not.toBeNull()
    expect(String(family.firstAssessmentDue) > todayInVilnius()).toBe(true)
    expect(family.firstAssessmentOverdue).toBe(false)
  })

  it.each(['self', 'police', 'school', 'health_care', 'other'])(
    'has no deadline for a referral from %s',
    async (referralSource) => {
      const staff = await signedInUser(t, { roles: ['intake'] })
      const family = await intakeFamily(t, staff.auth, {
        referralSource,
        referredAt: daysAgo(30),
        violenceOrDangerReported: true,
      })
      expect(family).toMatchObject({ firstAssessmentDue: null, firstAssessmentOverdue: false })
    },
  )
})

describe('POST /api/v1/families: markup in text fields', () => {
  it('stores and returns HTML and script verbatim, as text', async () => {
    const staff = await signedInUser(t, { roles: ['intake'] })
    const script = '<script>alert(1)</script>'
    const municipality = `${script} <b onmouseover="x()">Vilnius</b> & "kabutės"`
    const member = memberBody({ givenName: script, familyName: '<img src=x onerror=alert(2)>' })
    const response = await t
      .http()
      .post(FAMILIES)
      .set(staff.auth)
      .send(intakeBody({ municipality, municipalityOther: true, members: [member] }))
    expect(response.status).toBe(201)
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    expect(response.body.municipality).toBe(municipality)
    expect(response.body.memberNames).toEqual([`${script} <img src=x onerror=alert(2)>`])
    const [row] = await t.db.select().from(families).where(eq(families.id, response.body.id))
    expect(row?.municipality).toBe(municipality)
    const members = await t.http().get(`${FAMILIES}/${response.body.id}/members`).set(staff.auth)
    expect(members.body.items[0]).toMatchObject({
      givenName: script,
      familyName: '<img src=x onerror=alert(2)>',
    })
  })
})
