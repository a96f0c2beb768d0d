import type { Absence, CreateAbsenceBody, ListAbsencesQuery, RecordedAbsence } from '@onestop/contracts'
import { and, desc, eq, getTableColumns, gt, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { absences, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf, pastTimeCursor } from '../../lib/cursor.js'
import { BadRequestError, NotFoundError } from '../../lib/errors.js'
import { scheduleOwner } from './access.js'
import { affectedBookings, during } from './affected-bookings.js'

const creators = alias(users, 'creators')

const selectAbsences = (db: Database) =>
  db
    .select({ ...getTableColumns(absences), createdByName: creators.name })
    .from(absences)
    .innerJoin(creators, eq(creators.id, absences.createdById))

type AbsenceRow = typeof absences.$inferSelect & { createdByName: string }

const toAbsence = (row: AbsenceRow): Absence => ({
  id: row.id,
  userId: row.userId,
  kind: row.kind,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  note: row.note,
  createdBy: { id: row.createdById, name: row.createdByName },
  createdAt: row.createdAt.toISOString(),
})

export async function listAbsences(
  ctx: SignedInContext,
  userId: string,
  query: Static<typeof ListAbsencesQuery>,
) {
  await scheduleOwner(ctx, userId)
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'time')
  const conditions: (SQL | undefined)[] = [eq(absences.userId, userId)]
  if (query.from) conditions.push(gt(absences.endsAt, new Date(query.from)))
  conditions.push(pastTimeCursor(absences.startsAt, absences.id, cursor, 'desc'))
  const rows = await selectAbsences(ctx.db)
    .where(and(...conditions))
    .orderBy(desc(absences.startsAt), desc(absences.id))
    .limit(limit + 1)
  const page = pageOf(rows, limit, (row) => ({ k: row.startsAt.toISOString(), id: row.id }))
  await audit(ctx, {
    action: 'absence.list',
    entityType: 'user',
    entityId: userId,
    details: { absences: page.items.map((r) => r.id) },
  })
  return { items: page.items.map(toAbsence), nextCursor: page.nextCursor }
}

export async function createAbsence(
  ctx: SignedInContext,
  userId: string,
  body: Static<typeof CreateAbsenceBody>,
): Promise<RecordedAbsence> {
  await scheduleOwner(ctx, userId)
  const startsAt = new Date(body.startsAt)
  const endsAt = new Date(body.endsAt)
  if (endsAt <= startsAt)
    throw new BadRequestError('The absence must end after it starts.', [
      { pointer: '/endsAt', code: 'end-before-start', params: { start: 'startsAt' } },
    ])
  const { id, affected } = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(absences)
      .values({
        userId,
        kind: body.kind,
        startsAt,
        endsAt,
        note: body.note?.trim() ?? null,
        createdById: ctx.actor.id,
      })
      .returning({ id: absences.id })
    if (!created) throw new Error('absence insert returned nothing')
    const affected = await affectedBookings(tx, ctx.actor, userId, during(startsAt, endsAt))
    await audit(
      ctx,
      {
        action: 'absence.create',
        entityType: 'absence',
        entityId: created.id,
        details: {
          userId,
          kind: body.kind,
          startsAt: body.startsAt,
          endsAt: body.endsAt,
          affected: affected.map((b) => b.id),
        },
      },
      tx,
    )
    return { id: created.id, affected }
  })
  const [row] = await selectAbsences(ctx.db).where(eq(absences.id, id))
  if (!row) throw new Error('absence vanished')
  return { ...toAbsence(row), affected }
}

export async function deleteAbsence(ctx: SignedInContext, userId: string, absenceId: string) {
  await scheduleOwner(ctx, userId)
  await ctx.db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(absences)
      .where(and(eq(absences.id, absenceId), eq(absences.userId, userId)))
      .returning()
    if (!deleted) throw new NotFoundError('absence', absenceId)
    await audit(
      ctx,
      {
        action: 'absence.delete',
        entityType: 'absence',
        entityId: absenceId,
        details: {
          userId,
          kind: deleted.kind,
          startsAt: deleted.startsAt.toISOString(),
          endsAt: deleted.endsAt.toISOString(),
        },
      },
      tx,
    )
  })
}
