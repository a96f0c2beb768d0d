import { randomUUID } from 'node:crypto'
import type { Family } from '@onestop/contracts'
import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditLog, familyMemberships } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { createUser } from '../support/factories.js'
import {
  currentVersion,
  FAMILIES,
  familyPath,
  ifMatch,
  intakeFamily,
  memberBody,
  type SignedIn,
  type StaffKey,
  staffedCentre,
} from '../support/family-factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()

type Operation =
  | 'getFamily'
  | 'listed'
  | 'patchFamily'
  | 'changeStatus'
  | 'listMembers'
  | 'addMember'
  | 'getTeam'
  | 'addTeamMember'

const OPERATIONS: Operation[] = [
  'getFamily',
  'listed',
  'patchFamily',
  'changeStatus',
  'listMembers',
  'addMember',
  'getTeam',
  'addTeamMember',
]

/** What each operation answers: a status, or for `listed` whether the list holds the family. */
type Expected = Record<Operation, number | boolean>

const row = (...values: [number, boolean, number, number, number, number, number, number]): Expected => {
  const [getFamily, listed, patchFamily, changeStatus, listMembers, addMember, getTeam, addTeamMember] =
    values
  return { getFamily, listed, patchFamily, changeStatus, listMembers, addMember, getTeam, addTeamMember }
}

// changeStatus asks for intake → closed, which nobody may do: 409 proves the caller got past the access rule
// without moving the family on. addTeamMember is for case managers, coordinators and admins only, so other
// roles get 403 from the role check whatever the family; that answer tells them nothing about it.
const HIDDEN = row(404, false, 404, 404, 404, 404, 404, 404)
const HIDDEN_NO_TEAM_ROLE = row(404, false, 404, 404, 404, 404, 404, 403)
const MANAGES = row(200, true, 200, 409, 200, 201, 200, 201)

const AFTER_ASSIGNMENT: Record<StaffKey, Expected> = {
  admin: MANAGES,
  coordinator: MANAGES,
  caseManager: MANAGES,
  otherCaseManager: HIDDEN,
  specialistOnTeam: row(200, true, 403, 403, 200, 403, 200, 403),
  specialistOffTeam: HIDDEN_NO_TEAM_ROLE,
  intakeOwner: HIDDEN_NO_TEAM_ROLE,
  otherIntake: HIDDEN_NO_TEAM_ROLE,
  accommodationOfficer: HIDDEN_NO_TEAM_ROLE,
  otherOrganisationAdmin: HIDDEN,
}

const BEFORE_ASSIGNMENT: Partial<Record<StaffKey, Expected>> = {
  intakeOwner: row(200, true, 200, 409, 200, 201, 200, 403),
  otherIntake: HIDDEN_NO_TEAM_ROLE,
  caseManager: HIDDEN,
  specialistOnTeam: HIDDEN_NO_TEAM_ROLE,
  coordinator: MANAGES,
  otherOrganisationAdmin: HIDDEN,
}

async function attempt(op: Operation, who: SignedIn, family: Family, teamUserId: string) {
  const path = familyPath(family.id)
  const http = t.http()
  switch (op) {
    case 'getFamily':
      return http.get(path).set(who.auth)
    case 'listed':
      return http.get(FAMILIES).query({ q: family.referenceCode, limit: 100 }).set(who.auth)
    case 'patchFamily':
      return http
        .patch(path)
        .set(who.auth)
        .set(ifMatch(await currentVersion(t.db, family.id)))
        .send({ municipality: family.municipality })
    case 'changeStatus':
      return http
        .post(`${path}/status`)
        .set(who.auth)
        .set(ifMatch(await currentVersion(t.db, family.id)))
        .send({ status: 'closed', closingReason: 'Bandymas', outcomeSummary: 'Bandymas' })
    case 'listMembers':
      return http.get(`${path}/members`).set(who.auth)
    case 'addMember':
      return http
        .post(`${path}/members`)
        .set(who.auth)
        .send(memberBody({ givenName: `By ${who.user.id}` }))
    case 'getTeam':
      return http.get(`${path}/team`).set(who.auth)
    case 'addTeamMember':
      return http.post(`${path}/team`).set(who.auth).send({ userId: teamUserId })
  }
}

async function check(
  op: Operation,
  who: SignedIn,
  expected: number | boolean,
  family: Family,
  teamUserId: string,
) {
  const response = await attempt(op, who, family, teamUserId)
  if (op === 'listed') {
    expect(response.status).toBe(200)
    const ids = (response.body.items as Family[]).map((f) => f.id)
    expect(ids.includes(family.id), `listed for ${who.user.name}`).toBe(expected)
    return
  }
  if (expected === 404) expectProblem(response, 404, '/problems/not-found')
  else if (expected === 403) expectProblem(response, 403, '/problems/forbidden')
  else if (expected === 409) expectProblem(response, 409, '/problems/status-transition')
  else expect(response.status, `${op} by ${who.user.name}: ${JSON.stringify(response.body)}`).toBe(expected)
}

const cases = (table: Partial<Record<StaffKey, Expected>>) =>
  Object.entries(table).flatMap(([who, expected]) =>
    OPERATIONS.map((op) => [who as StaffKey, op, expected[op]] as const),
  )

describe('per-case access to a family', () => {
  let staff: Record<StaffKey, SignedIn>
  let family: Family
  /** Whom the addTeamMember calls add: a staff member outside the matrix, so no row's access changes. */
  let helperId: string

  beforeAll(async () => {
    staff = await staffedCentre(t)
    family = await intakeFamily(t, staff.intakeOwner.auth)
    helperId = (
      await createUser(t.db, { organisationId: staff.admin.user.organisationId, roles: ['specialist'] })
    ).id
  })

  describe('while the family is in intake, before a case manager is assigned', () => {
    it.each(cases(BEFORE_ASSIGNMENT))('%s: %s → %s', async (who, op, expected) => {
      await check(op, staff[who], expected, family, helperId)
    })
  })

  describe('after a case manager is assigned and a specialist added to the team', () => {
    beforeAll(async () => {
      const assigned = await t
        .http()
        .put(`${familyPath(family.id)}/case-manager`)
        .set(staff.intakeOwner.auth)
        .send({ userId: staff.caseManager.user.id })
      expect(assigned.status, JSON.stringify(assigned.body)).toBe(200)
      const added = await t
        .http()
        .post(`${familyPath(family.id)}/team`)
        .set(staff.caseManager.auth)
        .send({ userId: staff.specialistOnTeam.user.id })
      expect(added.status, JSON.stringify(added.body)).toBe(201)
      expect(added.body.items.map((m: { userId: string }) => m.userId).sort()).toEqual(
        [helperId, staff.caseManager.user.id, staff.specialistOnTeam.user.id].sort(),
      )
    })

    it.each(cases(AFTER_ASSIGNMENT))('%s: %s → %s', async (who, op, expected) => {
      await check(op, staff[who], expected, family, helperId)
    })

    it('answers an invisible family exactly as a family that does not exist', async () => {
      const hidden = await t.http().get(familyPath(family.id)).set(staff.otherCaseManager.auth)
      const missing = await t.http().get(familyPath(randomUUID())).set(staff.otherCaseManager.auth)
      expect(hidden.status).toBe(missing.status)
      expect(hidden.body.type).toBe(missing.body.type)
      expect(hidden.body.title).toBe(missing.body.title)
    })

    it('records access.denied for the team specialist’s refused edits', async () => {
      const denied = await t.db
        .select()
        .from(auditLog)
        .where(
          and(eq(auditLog.actorId, staff.specialistOnTeam.user.id), eq(auditLog.action, 'access.denied')),
        )
      expect(denied.length).toBeGreaterThanOrEqual(3)
      for (const entry of denied) expect(entry.outcome).toBe('denied')
      expect(denied.filter((d) => d.entityId === family.id).length).toBeGreaterThanOrEqual(3)
    })

    it('added members only for those allowed to add them', async () => {
      const rows = await t.db
        .select({ id: familyMemberships.id })
        .from(familyMemberships)
        .where(eq(familyMemberships.familyId, family.id))
      // The first intake member, then one per allowed addMember: intake owner and coordinator before
      // assignment; admin, coordinator and case manager after.
      expect(rows).toHaveLength(1 + 2 + 3)
    })
  })
})
