import { randomUUID } from 'node:crypto'
import type { Profession } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import { expect } from 'vitest'
import type { Database } from '../../src/db/client.js'
import {
  absences,
  caseTeamMembers,
  families,
  rooms,
  services,
  sites,
  workingHours,
} from '../../src/db/schema/index.js'
import type { TestApp } from './app.js'
import { createOrganisation, signedInUser } from './factories.js'
import { type Auth, intakeFamily, memberBody, membersOf, type SignedIn } from './family-factories.js'
import { queryRows } from './sql.js'

export const BOOKINGS = '/api/v1/bookings'
export const bookingPath = (id: string) => `${BOOKINGS}/${id}`

/** A Vilnius wall-clock time in January 2027 (UTC+2, no daylight saving). */
export const at = (day: number, hour: number, minute = 0) =>
  `2027-01-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+02:00`

export async function createSite(db: Database, organisationId: string) {
  const [site] = await db
    .insert(sites)
    .values({
      organisationId,
      name: `Site ${randomUUID().slice(0, 6)}`,
      address: 'Gedimino pr. 1',
      municipality: 'Vilnius',
    })
    .returning()
  if (!site) throw new Error('no site')
  return site
}

export async function createRoom(
  db: Database,
  siteId: string,
  spec: { kind?: 'consultation' | 'group' | 'children' | 'office'; active?: boolean } = {},
) {
  const [room] = await db
    .insert(rooms)
    .values({
      siteId,
      name: `Room ${randomUUID().slice(0, 6)}`,
      kind: spec.kind ?? 'consultation',
      capacity: 4,
      active: spec.active ?? true,
    })
    .returning()
  if (!room) throw new Error('no room')
  return room
}

export async function createService(
  db: Database,
  organisationId: string,
  spec: { professions?: Profession[]; active?: boolean } = {},
) {
  const [service] = await db
    .insert(services)
    .values({
      organisationId,
      code: `svc-${randomUUID().slice(0, 8)}`,
      nameLt: 'Psichologo konsultacija',
      nameEn: 'Psychologist consultation',
      mode: 'individual',
      professions: spec.professions ?? ['psychologist'],
      roomKinds: ['consultation'],
      defaultDurationMinutes: 60,
      active: spec.active ?? true,
    })
    .returning()
  if (!service) throw new Error('no service')
  return service
}

/** 08:00–20:00 every day of the week from 2020 on, at the site. */
export async function giveWorkingHours(db: Database, userId: string, siteId: string) {
  await db.insert(workingHours).values(
    [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      userId,
      siteId,
      weekday,
      startsAt: '08:00',
      endsAt: '20:00',
      validFrom: '2020-01-01',
    })),
  )
}

export async function giveAbsence(db: Database, userId: string, startsAt: string, endsAt: string) {
  await db.insert(absences).values({
    userId,
    kind: 'leave',
    startsAt: new Date(startsAt),
    endsAt: new Date(endsAt),
    createdById: userId,
  })
}

export async function addToCaseTeam(db: Database, familyId: string, userId: string) {
  await db.insert(caseTeamMembers).values({ familyId, userId, addedById: userId })
}

export async function specialist(
  t: TestApp,
  organisationId: string,
  siteId: string,
  professions: Profession[] = ['psychologist'],
) {
  const staff = await signedInUser(t, { organisationId, roles: ['specialist'], professions })
  await giveWorkingHours(t.db, staff.user.id, siteId)
  return staff
}

export interface BookingFamily {
  id: string
  personIds: string[]
}

export async function bookableFamily(t: TestApp, auth: Auth): Promise<BookingFamily> {
  const family = await intakeFamily(t, auth)
  const members = await membersOf(t, auth, family.id)
  return { id: family.id, personIds: members.map((m) => m.personId) }
}

export interface BookingCentre {
  organisationId: string
  siteId: string
  coordinator: SignedIn
  specialist: SignedIn
  serviceId: string
  roomId: string
  family: BookingFamily
}

/** An organisation with a site, a consultation room, a psychologist's service, a psychologist and a family. */
export async function bookingCentre(t: TestApp): Promise<BookingCentre> {
  const organisation = await createOrganisation(t.db)
  const site = await createSite(t.db, organisation.id)
  const coordinator = await signedInUser(t, { organisationId: organisation.id, roles: ['coordinator'] })
  return {
    organisationId: organisation.id,
    siteId: site.id,
    coordinator,
    specialist: await specialist(t, organisation.id, site.id),
    serviceId: (await createService(t.db, organisation.id)).id,
    roomId: (await createRoom(t.db, site.id)).id,
    family: await bookableFamily(t, coordinator.auth),
  }
}

export const bookingBody = (c: BookingCentre, overrides: Record<string, unknown> = {}) => ({
  serviceId: c.serviceId,
  specialistId: c.specialist.user.id,
  roomId: c.roomId,
  familyId: c.family.id,
  participantIds: c.family.personIds,
  startsAt: at(4, 10),
  endsAt: at(4, 11),
  ...overrides,
})

export async function book(t: TestApp, auth: Auth, body: Record<string, unknown>) {
  const response = await t.http().post(BOOKINGS).set(auth).send(body)
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as { id: string; version: number; status: string }
}

export async function closeFamily(db: Database, familyId: string) {
  await db.execute(
    sql`update ${families} set status = 'closed', closed_at = now(), closing_reason = 'x', outcome_summary = 'y' where id = ${familyId}`,
  )
}

const TABLES = ['appointments', 'appointment_participants', 'reservations'] as const

/** Row counts of the booking tables, and of active reservations, to prove a refusal changed nothing. */
export async function bookingCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of TABLES) {
    const [row] = await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table}`))
    counts[table] = row?.n ?? -1
  }
  const [active] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from reservations where active`,
  )
  counts.activeReservations = active?.n ?? -1
  return counts
}

export const AVAILABILITY = '/api/v1/availability'

/** A room with a chosen name and capacity, for tests that depend on which room is picked. */
export async function addRoom(
  db: Database,
  siteId: string,
  spec: {
    name?: string
    capacity?: number
    kind?: (typeof rooms.$inferInsert)['kind']
    active?: boolean
  } = {},
) {
  const [room] = await db
    .insert(rooms)
    .values({
      siteId,
      name: spec.name ?? `Room ${randomUUID().slice(0, 6)}`,
      kind: spec.kind ?? 'consultation',
      capacity: spec.capacity ?? 4,
      active: spec.active ?? true,
    })
    .returning()
  if (!room) throw new Error('no room')
  return room
}

/** A Vilnius wall-clock time in March 2025 (UTC+2 before the 30th), in the past: it may be closed. */
export const pastAt = (day: number, hour: number, minute = 0) =>
  at(day, hour, minute).replace('2027-01-', '2025-03-')

/** A family of a parent and a child, both to be booked together. */
export async function familyOfTwo(
  t: TestApp,
  auth: Auth,
  overrides: Record<string, unknown> = {},
): Promise<BookingFamily> {
  const child = memberBody({ givenName: 'Jonas', role: 'child', gender: 'man', birthDate: '2015-06-01' })
  const family = await intakeFamily(t, auth, { members: [memberBody(), child], ...overrides })
  const members = await membersOf(t, auth, family.id)
  return { id: family.id, personIds: members.map((m) => m.personId) }
}

export type Outcome = 'complete' | 'no-show' | 'cancel'

/** Completes, marks as missed or cancels an appointment; fails the test unless the answer is 200. */
export async function closeAppointment(t: TestApp, auth: Auth, id: string, outcome: Outcome) {
  const request = t
    .http()
    .post(`${bookingPath(id)}/${outcome}`)
    .set(auth)
  const response = await (outcome === 'cancel' ? request.send({ reason: 'Šeima paprašė.' }) : request)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body as { id: string; status: string; version: number }
}
