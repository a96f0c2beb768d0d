import { randomUUID } from 'node:crypto'
import type { Profession } from '@onestop/contracts'
import { sql } from 'drizzle-orm'
import { expect } from 'vitest'
import type { Database } from '../../src/db/client.js'
import { services } from '../../src/db/schema/index.js'
import type { TestApp } from './app.js'
import {
  addRoom,
  at,
  type BookingFamily,
  bookableFamily,
  createSite,
  specialist,
} from './booking-factories.js'
import { createOrganisation, signedInUser } from './factories.js'
import type { Auth, SignedIn } from './family-factories.js'
import { queryRows } from './sql.js'

export const GROUPS = '/api/v1/groups'
export const runPath = (runId: string) => `${GROUPS}/${runId}`
export const enrolmentsPath = (runId: string) => `${runPath(runId)}/enrolments`
export const attendancePath = (runId: string, sessionId: string) =>
  `${runPath(runId)}/sessions/${sessionId}/attendance`

export async function createGroupService(
  db: Database,
  organisationId: string,
  spec: {
    professions?: Profession[]
    defaultCapacity?: number | null
    mode?: 'group' | 'individual'
    methodologyId?: string
  } = {},
) {
  const [service] = await db
    .insert(services)
    .values({
      organisationId,
      code: `grp-${randomUUID().slice(0, 8)}`,
      nameLt: 'Pozityvios tėvystės grupė',
      nameEn: 'Parenting skills group',
      mode: spec.mode ?? 'group',
      professions: spec.professions ?? ['psychologist', 'social_worker'],
      roomKinds: ['group'],
      defaultDurationMinutes: 90,
      defaultCapacity: spec.defaultCapacity === undefined ? 8 : spec.defaultCapacity,
      methodologyId: spec.methodologyId ?? null,
    })
    .returning()
  if (!service) throw new Error('no service')
  return service
}

export interface GroupCentre {
  organisationId: string
  siteId: string
  coordinator: SignedIn
  facilitators: [SignedIn, SignedIn]
  serviceId: string
  roomId: string
  roomName: string
  family: BookingFamily
}

/**
 * An organisation with a site, a group room for 20, a parenting group service (psychologists and social
 * workers, 8 places by default), two psychologists working 08:00–20:00, a coordinator and a family.
 */
export async function groupCentre(t: TestApp): Promise<GroupCentre> {
  const organisation = await createOrganisation(t.db)
  const site = await createSite(t.db, organisation.id)
  const coordinator = await signedInUser(t, { organisationId: organisation.id, roles: ['coordinator'] })
  const room = await addRoom(t.db, site.id, { kind: 'group', capacity: 20 })
  return {
    organisationId: organisation.id,
    siteId: site.id,
    coordinator,
    facilitators: [
      await specialist(t, organisation.id, site.id),
      await specialist(t, organisation.id, site.id),
    ],
    serviceId: (await createGroupService(t.db, organisation.id)).id,
    roomId: room.id,
    roomName: room.name,
    family: await bookableFamily(t, coordinator.auth),
  }
}

/** Eight weekly sessions, Mondays 17:00–18:30 Vilnius time from 4 January 2027, both facilitators. */
export const runBody = (c: GroupCentre, overrides: Record<string, unknown> = {}) => ({
  serviceId: c.serviceId,
  title: 'Tėvystės įgūdžių grupė',
  roomId: c.roomId,
  facilitatorIds: c.facilitators.map((f) => f.user.id),
  sessions: { weekly: { firstStartsAt: at(4, 17), durationMinutes: 90, count: 8 } },
  ...overrides,
})

export interface RunBody {
  id: string
  version: number
  capacity: number
  enrolledCount: number
  waitlistedCount: number
  status: string
  sessions: { id: string; startsAt: string; endsAt: string; status: string; presentCount: number }[]
}

export async function createRun(t: TestApp, auth: Auth, body: Record<string, unknown>) {
  const response = await t.http().post(GROUPS).set(auth).send(body)
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as RunBody
}

/**
 * A run of one 90-minute session that started yesterday at the given UTC hour (7–14 lies within working
 * hours all year), so attendance can be taken.
 */
export async function pastRun(t: TestApp, c: GroupCentre, utcHour: number, capacity = 8) {
  const startsAt = new Date(Date.now() - 86_400_000)
  startsAt.setUTCHours(utcHour, 0, 0, 0)
  const endsAt = new Date(startsAt.getTime() + 90 * 60_000)
  return createRun(
    t,
    c.coordinator.auth,
    runBody(c, {
      capacity,
      sessions: { dates: [{ startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() }] },
    }),
  )
}

export interface EnrolmentBody {
  id: string
  personId: string | null
  status: 'enrolled' | 'waitlisted' | 'withdrawn'
  waitlistPosition: number | null
  visible: boolean
}

export async function enrol(t: TestApp, auth: Auth, runId: string, personId: string) {
  const response = await t.http().post(enrolmentsPath(runId)).set(auth).send({ personId })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as EnrolmentBody
}

/** `n` families of one person each, taken in by the given staff member. */
export const familiesOfOne = (t: TestApp, auth: Auth, n: number) =>
  Promise.all(Array.from({ length: n }, () => bookableFamily(t, auth)))

const TABLES = [
  'group_runs',
  'group_run_facilitators',
  'group_sessions',
  'enrolments',
  'session_attendance',
  'reservations',
  'delivered_services',
] as const

/** Row counts of the group tables, and of active reservations, to prove a refusal changed nothing. */
export async function groupCounts(db: Database): Promise<Record<string, number>> {
  const [row] = await queryRows<Record<string, number>>(
    db,
    sql.raw(
      `select ${TABLES.map((table) => `(select count(*)::int from ${table}) as ${table}`).join(', ')},
        (select count(*)::int from reservations where active) as active_reservations,
        (select coalesce(sum(enrolled_count), 0)::int from group_runs) as enrolled_total,
        (select count(*)::int from enrolments where status <> 'withdrawn') as current_enrolments,
        (select count(*)::int from group_sessions where status <> 'scheduled') as closed_sessions`,
    ),
  )
  if (!row) throw new Error('no counts')
  return row
}
