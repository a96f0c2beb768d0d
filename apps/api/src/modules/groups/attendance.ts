import type { AttendanceRegister, RecordAttendanceBody } from '@onestop/contracts'
import { and, asc, desc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { enrolments, groupSessions, persons, sessionAttendance } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { BadRequestError, ConflictError, NotFoundError } from '../../lib/errors.js'
import { type Delivery, recordDeliveries, withdrawDeliveries } from '../delivery/record.js'
import { assertTakesAttendance, type RunRow, runOfOrganisation } from './access.js'
import { loadSession } from './view.js'

const MINUTE = 60_000

/** Every enrolled person, and anyone withdrawn after being marked, with their mark for the session. */
async function loadRegister(db: Database, runId: string, sessionId: string): Promise<AttendanceRegister> {
  const rows = await db
    .selectDistinctOn([enrolments.personId], {
      enrolmentId: enrolments.id,
      personId: enrolments.personId,
      name: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      enrolmentStatus: enrolments.status,
      status: sessionAttendance.status,
      recordedAt: sessionAttendance.recordedAt,
    })
    .from(enrolments)
    .innerJoin(persons, eq(persons.id, enrolments.personId))
    .leftJoin(
      sessionAttendance,
      and(eq(sessionAttendance.sessionId, sessionId), eq(sessionAttendance.personId, enrolments.personId)),
    )
    .where(
      and(
        eq(enrolments.runId, runId),
        or(eq(enrolments.status, 'enrolled'), isNotNull(sessionAttendance.personId)),
      ),
    )
    .orderBy(
      asc(enrolments.personId),
      desc(sql`${enrolments.status} = 'enrolled'`),
      desc(enrolments.queuePosition),
    )
  const entries = rows
    .map((row) => ({ ...row, recordedAt: row.recordedAt?.toISOString() ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name, 'lt') || a.personId.localeCompare(b.personId))
  return { session: await loadSession(db, sessionId), entries }
}

async function sessionOfRun(db: Database, run: RunRow, sessionId: string, lock = false) {
  const query = db
    .select()
    .from(groupSessions)
    .where(and(eq(groupSessions.id, sessionId), eq(groupSessions.runId, run.id)))
  const [session] = lock ? await query.for('update') : await query
  if (!session) throw new NotFoundError('group session', sessionId)
  return session
}

export async function getAttendance(ctx: SignedInContext, runId: string, sessionId: string) {
  const run = await runOfOrganisation(ctx.db, ctx.actor, runId)
  await assertTakesAttendance(ctx, runId)
  await sessionOfRun(ctx.db, run, sessionId)
  const register = await loadRegister(ctx.db, runId, sessionId)
  await audit(ctx, {
    action: 'group_attendance.read',
    entityType: 'group_session',
    entityId: sessionId,
    details: { runId, personIds: register.entries.map((e) => e.personId) },
  })
  return register
}

function assertOnePerPerson(entries: RecordAttendanceBody['entries']) {
  const seen = new Set<string>()
  const repeats = entries.flatMap(({ personId }, i) => {
    const repeated = seen.has(personId)
    seen.add(personId)
    return repeated ? [{ pointer: `/entries/${i}/personId`, code: 'listed-twice' as const }] : []
  })
  if (repeats.length) throw new BadRequestError('List each person once.', repeats)
}

/** The enrolled persons' families, by person; anyone not enrolled in the run is refused. */
async function enrolledFamilies(tx: Database, runId: string, entries: RecordAttendanceBody['entries']) {
  const rows = await tx
    .select({ personId: enrolments.personId, familyId: enrolments.familyId })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.runId, runId),
        eq(enrolments.status, 'enrolled'),
        inArray(
          enrolments.personId,
          entries.map((e) => e.personId),
        ),
      ),
    )
  const families = new Map(rows.map((row) => [row.personId, row.familyId]))
  const strangers = entries.flatMap(({ personId }, i) =>
    families.has(personId) ? [] : [{ pointer: `/entries/${i}/personId`, code: 'not-enrolled' as const }],
  )
  if (strangers.length) throw new BadRequestError('Attendance is taken for enrolled persons only.', strangers)
  return families
}

/**
 * Marks attendance and the session held. Each person present is one delivery of the run's service;
 * a mark changed away from present takes that delivery back.
 */
export async function recordAttendance(
  ctx: SignedInContext,
  runId: string,
  sessionId: string,
  body: RecordAttendanceBody,
) {
  const run = await runOfOrganisation(ctx.db, ctx.actor, runId)
  await assertTakesAttendance(ctx, runId)
  await sessionOfRun(ctx.db, run, sessionId)
  assertOnePerPerson(body.entries)
  await ctx.db.transaction(async (tx) => {
    const session = await sessionOfRun(tx, run, sessionId, true)
    if (session.status === 'cancelled')
      throw new ConflictError('The session was cancelled.', 'invalid-transition')
    if (session.startsAt.getTime() > Date.now())
      throw new ConflictError('Attendance is taken once the session has started.', 'not-started')
    const families = await enrolledFamilies(tx, runId, body.entries)
    await tx
      .insert(sessionAttendance)
      .values(
        body.entries.map((e) => ({
          sessionId,
          personId: e.personId,
          status: e.status,
          recordedById: ctx.actor.id,
        })),
      )
      .onConflictDoUpdate({
        target: [sessionAttendance.sessionId, sessionAttendance.personId],
        set: { status: sql`excluded.status`, recordedById: ctx.actor.id, recordedAt: sql`now()` },
      })
    const source = { kind: 'group_session' as const, id: sessionId }
    const delivery = (personId: string, familyId: string): Delivery => ({
      organisationId: run.organisationId,
      serviceId: run.serviceId,
      familyId,
      personId,
      deliveredById: null,
      deliveredAt: session.startsAt,
      durationMinutes: Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / MINUTE),
    })
    const present = body.entries.flatMap(({ personId, status }) => {
      const familyId = families.get(personId)
      return status === 'present' && familyId ? [delivery(personId, familyId)] : []
    })
    const away = body.entries.filter((e) => e.status !== 'present').map((e) => e.personId)
    await recordDeliveries(tx, source, present)
    if (away.length) await withdrawDeliveries(tx, source, away)
    await tx
      .update(groupSessions)
      .set({ status: 'held', updatedAt: sql`now()` })
      .where(eq(groupSessions.id, sessionId))
    await audit(
      ctx,
      {
        action: 'group_attendance.record',
        entityType: 'group_session',
        entityId: sessionId,
        details: { runId, entries: body.entries },
      },
      tx,
    )
  })
  return loadRegister(ctx.db, runId, sessionId)
}
