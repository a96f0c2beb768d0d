import type { GroupRun, GroupRunSummary, GroupSession } from '@onestop/contracts'
import { asc, eq, inArray, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import {
  groupRunFacilitators,
  groupRuns,
  groupSessions,
  methodologies,
  rooms,
  services,
  users,
} from '../../db/schema/index.js'
import { NotFoundError } from '../../lib/errors.js'
import { qualified } from '../../lib/sql.js'

const runId = qualified(groupRuns.id)
const liveSessions = sql`from group_sessions s where s.run_id = ${runId} and s.status <> 'cancelled'`

export const selectRunRows = (db: Database) =>
  db
    .select({
      run: groupRuns,
      serviceName: services.nameLt,
      methodologyName: methodologies.name,
      roomName: rooms.name,
      siteId: rooms.siteId,
      waitlistedCount: sql<number>`(select count(*)::int from enrolments e
        where e.run_id = ${runId} and e.status = 'waitlisted')`,
      sessionCount: sql<number>`(select count(*)::int ${liveSessions})`,
      firstSessionAt: sql<Date | string | null>`(select min(s.starts_at) ${liveSessions})`,
      lastSessionAt: sql<Date | string | null>`(select max(s.starts_at) ${liveSessions})`,
    })
    .from(groupRuns)
    .innerJoin(services, eq(services.id, groupRuns.serviceId))
    .leftJoin(rooms, eq(rooms.id, groupRuns.roomId))
    .leftJoin(methodologies, eq(methodologies.id, groupRuns.methodologyId))

type RunRow = Awaited<ReturnType<ReturnType<typeof selectRunRows>['where']>>[number]
type Staff = { id: string; name: string }

const iso = (time: Date | string | null) => (time === null ? null : new Date(time).toISOString())

/** Facilitators of the given runs, by run. */
export async function facilitatorsOf(db: Database, runIds: string[]): Promise<Map<string, Staff[]>> {
  const byRun = new Map<string, Staff[]>()
  if (runIds.length === 0) return byRun
  const rows = await db
    .select({ runId: groupRunFacilitators.runId, id: users.id, name: users.name })
    .from(groupRunFacilitators)
    .innerJoin(users, eq(users.id, groupRunFacilitators.userId))
    .where(inArray(groupRunFacilitators.runId, runIds))
    .orderBy(asc(users.name), asc(users.id))
  for (const { runId, ...staff } of rows) byRun.set(runId, [...(byRun.get(runId) ?? []), staff])
  return byRun
}

export function toRunSummary(row: RunRow, facilitators: Staff[] | undefined): GroupRunSummary {
  const r = row.run
  return {
    id: r.id,
    organisationId: r.organisationId,
    serviceId: r.serviceId,
    serviceName: row.serviceName,
    title: r.title,
    methodology:
      r.methodologyId && row.methodologyName ? { id: r.methodologyId, name: row.methodologyName } : null,
    roomId: r.roomId,
    roomName: row.roomName,
    siteId: row.siteId,
    facilitators: facilitators ?? [],
    capacity: r.capacity,
    enrolledCount: r.enrolledCount,
    waitlistedCount: row.waitlistedCount,
    status: r.status,
    sessionCount: row.sessionCount,
    firstSessionAt: iso(row.firstSessionAt),
    lastSessionAt: iso(row.lastSessionAt),
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }
}

const selectSessionRows = (db: Database) =>
  db
    .select({
      session: groupSessions,
      presentCount: sql<number>`(select count(*)::int from session_attendance a
        where a.session_id = ${qualified(groupSessions.id)} and a.status = 'present')`,
    })
    .from(groupSessions)

type SessionRow = Awaited<ReturnType<ReturnType<typeof selectSessionRows>['where']>>[number]

const toSession = ({ session, presentCount }: SessionRow): GroupSession => ({
  id: session.id,
  runId: session.runId,
  startsAt: session.startsAt.toISOString(),
  endsAt: session.endsAt.toISOString(),
  status: session.status,
  cancelReason: session.cancelReason,
  presentCount,
})

export async function loadSession(db: Database, sessionId: string): Promise<GroupSession> {
  const [row] = await selectSessionRows(db).where(eq(groupSessions.id, sessionId))
  if (!row) throw new NotFoundError('group session', sessionId)
  return toSession(row)
}

/** One run with its facilitators and sessions, for a caller already allowed to see it. */
export async function loadRunView(db: Database, id: string): Promise<GroupRun> {
  const [row] = await selectRunRows(db).where(eq(groupRuns.id, id))
  if (!row) throw new NotFoundError('group run', id)
  const sessions = await selectSessionRows(db)
    .where(eq(groupSessions.runId, id))
    .orderBy(asc(groupSessions.startsAt), asc(groupSessions.id))
  const facilitators = await facilitatorsOf(db, [id])
  return { ...toRunSummary(row, facilitators.get(id)), sessions: sessions.map(toSession) }
}
