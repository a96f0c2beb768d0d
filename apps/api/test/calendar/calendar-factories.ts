import { randomUUID } from 'node:crypto'
import type { GroupRunStatus, GroupSessionStatus } from '@onestop/contracts'
import { expect } from 'vitest'
import type { Database } from '../../src/db/client.js'
import { groupRunFacilitators, groupRuns, groupSessions } from '../../src/db/schema/index.js'
import type { TestApp } from '../support/app.js'
import type { Auth } from '../support/family-factories.js'

export const CALENDAR = '/api/v1/calendar'
export const MY_DAY = '/api/v1/calendar/my-day'
export const MY_FEED = '/api/v1/staff/me/calendar-feed'

export interface RunSpec {
  organisationId: string
  serviceId: string
  createdById: string
  facilitatorIds: string[]
  roomId: string | null
  sessions: { startsAt: string; endsAt: string; status?: GroupSessionStatus }[]
  status?: GroupRunStatus
}

/** A group run with its facilitators and sessions, written straight to the tables the group API keeps. */
export async function groupRun(db: Database, spec: RunSpec) {
  const [run] = await db
    .insert(groupRuns)
    .values({
      organisationId: spec.organisationId,
      serviceId: spec.serviceId,
      title: `Tėvystės įgūdžių grupė ${randomUUID().slice(0, 4)}`,
      roomId: spec.roomId,
      capacity: 20,
      enrolledCount: 7,
      status: spec.status ?? 'planned',
      createdById: spec.createdById,
    })
    .returning()
  if (!run) throw new Error('no run')
  if (spec.facilitatorIds.length > 0)
    await db
      .insert(groupRunFacilitators)
      .values(spec.facilitatorIds.map((userId) => ({ runId: run.id, userId })))
  const sessions = await db
    .insert(groupSessions)
    .values(
      spec.sessions.map((s) => ({
        runId: run.id,
        startsAt: new Date(s.startsAt),
        endsAt: new Date(s.endsAt),
        status: s.status ?? 'scheduled',
      })),
    )
    .returning()
  return { run, sessionIds: sessions.map((s) => s.id) }
}

export interface EventBody {
  id: string
  kind: 'appointment' | 'group_session'
  visibility: 'full' | 'busy'
  startsAt: string
  status: string
  title: string | null
  staff: { id: string; name: string }[]
  familyId: string | null
  participants: { personId: string; name: string }[] | null
  [key: string]: unknown
}

export async function calendarOf(t: TestApp, auth: Auth, query: Record<string, unknown>) {
  const response = await t.http().get(CALENDAR).set(auth).query(query)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body.items as EventBody[]
}

export const idsOf = (items: { id: string }[]) => items.map((i) => i.id)

export async function cancelBooking(t: TestApp, auth: Auth, id: string) {
  const response = await t
    .http()
    .post(`/api/v1/bookings/${id}/cancel`)
    .set(auth)
    .send({ reason: 'Šeima paprašė perkelti.' })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}
