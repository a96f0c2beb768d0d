import { randomUUID } from 'node:crypto'
import type { Family, Member, Role } from '@onestop/contracts'
import { and, asc, eq, sql } from 'drizzle-orm'
import { expect } from 'vitest'
import type { Database } from '../../src/db/client.js'
import { auditLog, families } from '../../src/db/schema/index.js'
import { todayInVilnius } from '../../src/lib/dates.js'
import type { TestApp } from './app.js'
import { createOrganisation, createUser, signedInUser } from './factories.js'
import { queryRows } from './sql.js'

export const FAMILIES = '/api/v1/families'
export const familyPath = (id: string) => `${FAMILIES}/${id}`

export type Auth = { authorization: string }
export type SignedIn = Awaited<ReturnType<typeof signedInUser>>

/** A unique surname-like word, so name searches only ever find this test's people. */
export const uniqueName = () => `Petr${randomUUID().replaceAll('-', '').slice(0, 10)}`

export interface MemberInput {
  givenName: string
  familyName: string
  birthDate: string
  gender: 'woman' | 'man' | 'non_binary' | 'not_stated'
  role: 'parent' | 'child' | 'grandparent' | 'partner' | 'other'
  personalCode?: string
  contacts?: { phone?: string; email?: string; address?: string }
  contactsConfidential?: boolean
}

export const memberBody = (overrides: Partial<MemberInput> = {}): MemberInput => ({
  givenName: 'Asta',
  familyName: uniqueName(),
  birthDate: '1988-04-12',
  gender: 'woman',
  role: 'parent',
  ...overrides,
})

export const intakeBody = (overrides: Record<string, unknown> = {}) => ({
  municipality: 'Vilniaus miesto savivaldybė',
  referralSource: 'self',
  riskFactors: ['high_conflict_separation'],
  members: [memberBody()],
  ...overrides,
})

/** Takes a family in through the API and returns it; fails the test unless the answer is 201. */
export async function intakeFamily(t: TestApp, auth: Auth, overrides: Record<string, unknown> = {}) {
  const response = await t.http().post(FAMILIES).set(auth).send(intakeBody(overrides))
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as Family
}

export async function membersOf(t: TestApp, auth: Auth, familyId: string) {
  const response = await t
    .http()
    .get(`${familyPath(familyId)}/members`)
    .set(auth)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body.items as Member[]
}

export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` })

export async function currentVersion(db: Database, familyId: string): Promise<number> {
  const [row] = await db.select({ version: families.version }).from(families).where(eq(families.id, familyId))
  if (!row) throw new Error(`no family ${familyId}`)
  return row.version
}

/** A date `days` days before today in Vilnius, as YYYY-MM-DD. */
export const daysAgo = (days: number) => todayInVilnius(new Date(Date.now() - days * 86_400_000))
export const daysAhead = (days: number) => daysAgo(-days)

const COUNTED_TABLES = [
  'families',
  'persons',
  'family_memberships',
  'family_status_changes',
  'case_team_members',
  'break_glass_grants',
] as const

/** Row counts of every table the families area writes, to prove a refused request changed nothing. */
export async function familyTableCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of COUNTED_TABLES) {
    const [row] = await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table}`))
    counts[table] = row?.n ?? -1
  }
  const [counter] = await queryRows<{ n: number }>(
    db,
    sql`select coalesce(sum(last), 0)::int as n from family_reference_counters`,
  )
  counts.family_reference_counters = counter?.n ?? -1
  return counts
}

/** Audit rows of one actor, oldest first, optionally of one action. */
export async function auditOf(db: Database, actorId: string, action?: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorId, actorId), action ? eq(auditLog.action, action) : undefined))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
}

export const STAFF_ROLES = {
  admin: ['admin'],
  coordinator: ['coordinator'],
  caseManager: ['case_manager'],
  otherCaseManager: ['case_manager'],
  specialistOnTeam: ['specialist'],
  specialistOffTeam: ['specialist'],
  intakeOwner: ['intake'],
  otherIntake: ['intake'],
  accommodationOfficer: ['accommodation_officer'],
} as const satisfies Record<string, readonly Role[]>

export type StaffKey = keyof typeof STAFF_ROLES | 'otherOrganisationAdmin'

/** One organisation with a signed-in user of each role, and an admin of another organisation. */
export async function staffedCentre(t: TestApp): Promise<Record<StaffKey, SignedIn>> {
  const organisation = await createOrganisation(t.db)
  const staff: Partial<Record<StaffKey, SignedIn>> = {}
  for (const [key, roles] of Object.entries(STAFF_ROLES))
    staff[key as keyof typeof STAFF_ROLES] = await signedInUser(t, {
      organisationId: organisation.id,
      roles: [...roles],
      name: `${key} ${randomUUID().slice(0, 6)}`,
    })
  staff.otherOrganisationAdmin = await signedInUser(t, { roles: ['admin'] })
  return staff as Record<StaffKey, SignedIn>
}

/** A plain user row (not signed in) in an organisation. */
export const colleague = (t: TestApp, organisationId: string, roles: Role[]) =>
  createUser(t.db, { organisationId, roles })
