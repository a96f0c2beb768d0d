import { randomUUID } from 'node:crypto'
import type { Family, Member, Role } from '@onestop/contracts'
import { and, count, eq } from 'drizzle-orm'
import { expect } from 'vitest'
import { auditLog, casePlanGoals } from '../../src/db/schema/index.js'
import type { TestApp } from '../support/app.js'
import { createOrganisation, signedInUser } from '../support/factories.js'

export type Staff = Awaited<ReturnType<typeof signedInUser>>
export type Auth = Staff['auth']

export const familyUrl = (familyId: string, rest = '') => `/api/v1/families/${familyId}${rest}`

const STAFF = {
  caseManager: ['case_manager'],
  teamSpecialist: ['specialist'],
  teamCaseManager: ['case_manager'],
  coordinator: ['coordinator'],
  admin: ['admin'],
  otherCaseManager: ['case_manager'],
  offTeamSpecialist: ['specialist'],
  intake: ['intake'],
  accommodationOfficer: ['accommodation_officer'],
} as const satisfies Record<string, readonly Role[]>

export type StaffKey = keyof typeof STAFF | 'otherOrganisationAdmin'

/** Staff who may not know the family exists: every one of them must get 404. */
export const OUTSIDERS = [
  'otherCaseManager',
  'offTeamSpecialist',
  'intake',
  'accommodationOfficer',
  'otherOrganisationAdmin',
] as const satisfies readonly StaffKey[]

const uniqueSurname = () => `Petr${randomUUID().replaceAll('-', '').slice(0, 8)}`

/** A centre with one signed-in user per key, and an admin of another organisation. */
export async function staffedCentre(t: TestApp) {
  const organisation = await createOrganisation(t.db)
  const staff: Partial<Record<StaffKey, Staff>> = {}
  for (const [key, roles] of Object.entries(STAFF))
    staff[key as keyof typeof STAFF] = await signedInUser(t, {
      organisationId: organisation.id,
      roles: [...roles],
    })
  staff.otherOrganisationAdmin = await signedInUser(t, { roles: ['admin'] })
  return { organisation, staff: staff as Record<StaffKey, Staff> }
}

export interface CaseSetup {
  family: Family
  parent: Member
  child: Member
  staff: Record<StaffKey, Staff>
}

/**
 * A family taken in through the API by its case manager (who becomes responsible), with a parent and a
 * child, and a specialist and a second case manager added to its team.
 */
export async function caseWithTeam(t: TestApp): Promise<CaseSetup> {
  const { staff } = await staffedCentre(t)
  const familyName = uniqueSurname()
  const created = await t
    .http()
    .post('/api/v1/families')
    .set(staff.caseManager.auth)
    .send({
      municipality: 'Vilniaus miesto savivaldybė',
      referralSource: 'child_rights_service',
      riskFactors: ['high_conflict_separation'],
      members: [
        { givenName: 'Asta', familyName, birthDate: '1988-04-12', gender: 'woman', role: 'parent' },
        { givenName: 'Jonas', familyName, birthDate: '2016-09-03', gender: 'man', role: 'child' },
      ],
    })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const family = created.body as Family
  expect(family.caseManager?.id).toBe(staff.caseManager.user.id)
  for (const key of ['teamSpecialist', 'teamCaseManager'] as const) {
    const added = await t
      .http()
      .post(familyUrl(family.id, '/team'))
      .set(staff.caseManager.auth)
      .send({ userId: staff[key].user.id })
    expect(added.status, JSON.stringify(added.body)).toBe(201)
  }
  const members = await t.http().get(familyUrl(family.id, '/members')).set(staff.caseManager.auth)
  expect(members.status).toBe(200)
  const items = members.body.items as Member[]
  const parent = items.find((m) => m.role === 'parent')
  const child = items.find((m) => m.role === 'child')
  if (!parent || !child) throw new Error('intake did not create both members')
  return { family, parent, child, staff }
}

/** Another family of its own centre, with one adult member. */
export async function otherFamily(t: TestApp) {
  const { staff } = await staffedCentre(t)
  const response = await t
    .http()
    .post('/api/v1/families')
    .set(staff.caseManager.auth)
    .send({
      municipality: 'Kretingos rajono savivaldybė',
      referralSource: 'self',
      riskFactors: ['dependence'],
      members: [
        {
          givenName: 'Rita',
          familyName: uniqueSurname(),
          birthDate: '1990-01-01',
          gender: 'woman',
          role: 'parent',
        },
      ],
    })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  const family = response.body as Family
  const members = await t.http().get(familyUrl(family.id, '/members')).set(staff.caseManager.auth)
  const [member] = members.body.items as Member[]
  if (!member) throw new Error('no member')
  return { family, member, caseManager: staff.caseManager }
}

/** A case plan goal, written straight to the table: the plan's own API is another module's. */
export async function insertGoal(t: TestApp, familyId: string, userId: string) {
  const [goal] = await t.db
    .insert(casePlanGoals)
    .values({
      familyId,
      area: 'parenting',
      description: 'Tėvai susitaria dėl bendravimo su vaikais.',
      responsibleId: userId,
      targetDate: '2027-03-01',
      createdById: userId,
    })
    .returning({ id: casePlanGoals.id })
  if (!goal) throw new Error('no goal')
  return goal.id
}

/** How many audit rows of an action by an actor, optionally about one entity. */
export async function auditCount(t: TestApp, actorId: string, action: string, entityId?: string) {
  const [row] = await t.db
    .select({ n: count() })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.actorId, actorId),
        eq(auditLog.action, action),
        entityId ? eq(auditLog.entityId, entityId) : undefined,
      ),
    )
  return row?.n ?? 0
}
