import type { Facility, FacilityKind, Placement, Stay } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import { expect } from 'vitest'
import type { Database } from '../../src/db/client.js'
import type { TestApp } from './app.js'
import { createSite } from './booking-factories.js'
import { createOrganisation, signedInUser } from './factories.js'
import { type Auth, intakeFamily, memberBody, membersOf, type SignedIn } from './family-factories.js'
import { queryRows } from './sql.js'

export const ACCOMMODATION = '/api/v1/accommodation'
export const PLACEMENTS = `${ACCOMMODATION}/placements`
export const stayPath = (id: string) => `${ACCOMMODATION}/stays/${id}`

/** A day in February 2027 as YYYY-MM-DD. */
export const day = (n: number) => `2027-02-${String(n).padStart(2, '0')}`

export const NO_CHECKS = { intoxicated: false, emergencyMedicalCare: false, inpatientPsychiatricCare: false }

export interface AccommodationCentre {
  organisationId: string
  siteId: string
  coordinator: SignedIn
  officer: SignedIn
  facility: Facility
  bedIds: string[]
}

/** A facility of the kind with one room of `bedCount` beds, made through the API by an accommodation officer. */
export async function createFacility(
  t: TestApp,
  auth: Auth,
  siteId: string,
  spec: { kind?: FacilityKind; maxStayNights?: number; bedCount?: number; name?: string } = {},
): Promise<Facility> {
  const created = await t
    .http()
    .post(`${ACCOMMODATION}/facilities`)
    .set(auth)
    .send({
      siteId,
      kind: spec.kind ?? 'crisis_accommodation',
      name: spec.name ?? `Prieglauda ${Math.random().toString(36).slice(2, 8)}`,
      maxStayNights: spec.maxStayNights ?? 60,
    })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const facilityId = created.body.id as string
  const room = await t
    .http()
    .post(`${ACCOMMODATION}/facilities/${facilityId}/rooms`)
    .set(auth)
    .send({ name: 'Kambarys 1' })
  expect(room.status, JSON.stringify(room.body)).toBe(201)
  for (let i = 1; i <= (spec.bedCount ?? 3); i++) {
    const bed = await t
      .http()
      .post(`${ACCOMMODATION}/rooms/${room.body.id}/beds`)
      .set(auth)
      .send({ label: `Lova-${facilityId.slice(0, 4)}-${i}` })
    expect(bed.status, JSON.stringify(bed.body)).toBe(201)
  }
  const facility = await t.http().get(`${ACCOMMODATION}/facilities/${facilityId}`).set(auth)
  expect(facility.status).toBe(200)
  return facility.body as Facility
}

export const bedIdsOf = (facility: Facility) =>
  facility.rooms.flatMap((room) => room.beds.map((bed) => bed.id))

export async function accommodationCentre(
  t: TestApp,
  spec: Parameters<typeof createFacility>[3] = {},
): Promise<AccommodationCentre> {
  const organisation = await createOrganisation(t.db)
  const site = await createSite(t.db, organisation.id)
  const coordinator = await signedInUser(t, { organisationId: organisation.id, roles: ['coordinator'] })
  const officer = await signedInUser(t, { organisationId: organisation.id, roles: ['accommodation_officer'] })
  const facility = await createFacility(t, officer.auth, site.id, spec)
  return {
    organisationId: organisation.id,
    siteId: site.id,
    coordinator,
    officer,
    facility,
    bedIds: bedIdsOf(facility),
  }
}

export interface ShelteredFamily {
  id: string
  /** The mother first, then the children (born 2015 and 2019). */
  personIds: string[]
}

/** A mother and two children, taken in by the coordinator. */
export async function motherAndTwoChildren(t: TestApp, auth: Auth): Promise<ShelteredFamily> {
  const family = await intakeFamily(t, auth, {
    members: [
      memberBody({ givenName: 'Rasa' }),
      memberBody({ givenName: 'Jonas', role: 'child', gender: 'man', birthDate: '2015-06-01' }),
      memberBody({ givenName: 'Ieva', role: 'child', birthDate: '2019-03-15' }),
    ],
  })
  const members = await membersOf(t, auth, family.id)
  const order = ['Rasa', 'Jonas', 'Ieva']
  const sorted = [...members].sort((a, b) => order.indexOf(a.givenName) - order.indexOf(b.givenName))
  return { id: family.id, personIds: sorted.map((m) => m.personId) }
}

/** A family of one adult. */
export async function singleAdult(t: TestApp, auth: Auth): Promise<ShelteredFamily> {
  const family = await intakeFamily(t, auth)
  const members = await membersOf(t, auth, family.id)
  return { id: family.id, personIds: members.map((m) => m.personId) }
}

export const placementBody = (
  familyId: string,
  members: { personId: string; bedId: string }[],
  checkIn = day(1),
  checkOut = day(5),
) => ({
  familyId,
  checkIn,
  checkOut,
  members: members.map((m) => ({ ...m, admission: NO_CHECKS })),
})

export async function place(t: TestApp, auth: Auth, body: object): Promise<Placement> {
  const response = await t.http().post(PLACEMENTS).set(auth).send(body)
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as Placement
}

export async function readStay(t: TestApp, auth: Auth, id: string): Promise<Stay> {
  const response = await t.http().get(stayPath(id)).set(auth)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body as Stay
}

const TABLES = ['stays', 'stay_placements', 'admission_refusals', 'bed_out_of_service'] as const

/** Row counts and a hash of every stay, to prove a refusal changed nothing. */
export async function accommodationState(db: Database): Promise<Record<string, string | number>> {
  const state: Record<string, string | number> = {}
  for (const table of TABLES) {
    const [row] = await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table}`))
    state[table] = row?.n ?? -1
  }
  const [hash] = await queryRows<{ h: string }>(
    db,
    sql`select coalesce(md5(string_agg(s::text, ',' order by s.id)), '') as h from stays s`,
  )
  state.staysHash = hash?.h ?? ''
  return state
}

export function statusCounts(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {}
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1
  return counts
}
