import type { ReplacedWorkingHours, ReplaceWorkingHoursBody, WorkingHours } from '@onestop/contracts'
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { sites, users, workingHours } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { BadRequestError, type InvalidField } from '../../lib/errors.js'
import { scheduleOwner } from './access.js'
import { affectedBookings, outsideWorkingHours } from './affected-bookings.js'

type Entry = Static<typeof ReplaceWorkingHoursBody>['entries'][number]

async function loadWorkingHours(db: Database, userId: string): Promise<WorkingHours> {
  const rows = await db
    .select({
      id: workingHours.id,
      siteId: workingHours.siteId,
      siteName: sites.name,
      weekday: workingHours.weekday,
      startsAt: workingHours.startsAt,
      endsAt: workingHours.endsAt,
      validFrom: workingHours.validFrom,
      validTo: workingHours.validTo,
    })
    .from(workingHours)
    .innerJoin(sites, eq(sites.id, workingHours.siteId))
    .where(eq(workingHours.userId, userId))
    .orderBy(asc(workingHours.weekday), asc(workingHours.startsAt), asc(workingHours.validFrom))
  return {
    userId,
    entries: rows.map((row) => ({
      ...row,
      startsAt: row.startsAt.slice(0, 5),
      endsAt: row.endsAt.slice(0, 5),
    })),
  }
}

export async function getWorkingHours(ctx: SignedInContext, userId: string) {
  await scheduleOwner(ctx, userId)
  const hours = await loadWorkingHours(ctx.db, userId)
  await audit(ctx, {
    action: 'working_hours.read',
    entityType: 'user',
    entityId: userId,
    details: { entries: hours.entries.length },
  })
  return hours
}

const periodsOverlap = (a: Entry, b: Entry) =>
  a.validFrom <= (b.validTo ?? '9999-12-31') && b.validFrom <= (a.validTo ?? '9999-12-31')

/** Each entry's own times and dates, then no two entries of a weekday overlapping while both are valid. */
function entryErrors(entries: Entry[], knownSites: Set<string>): InvalidField[] {
  const errors: InvalidField[] = []
  entries.forEach((entry, i) => {
    if (entry.endsAt <= entry.startsAt)
      errors.push({
        pointer: `/entries/${i}/endsAt`,
        code: 'end-before-start',
        params: { start: 'startsAt' },
      })
    if (entry.validTo !== undefined && entry.validTo < entry.validFrom)
      errors.push({
        pointer: `/entries/${i}/validTo`,
        code: 'end-before-first-day',
        params: { start: 'validFrom' },
      })
    if (!knownSites.has(entry.siteId)) errors.push({ pointer: `/entries/${i}/siteId`, code: 'unknown-site' })
  })
  entries.forEach((b, j) => {
    const clash = entries.findIndex(
      (a, i) =>
        i < j &&
        a.weekday === b.weekday &&
        a.startsAt < b.endsAt &&
        b.startsAt < a.endsAt &&
        periodsOverlap(a, b),
    )
    if (clash >= 0)
      errors.push({ pointer: `/entries/${j}`, code: 'hours-overlap', params: { other: clash + 1 } })
  })
  return errors
}

export async function replaceWorkingHours(
  ctx: SignedInContext,
  userId: string,
  body: Static<typeof ReplaceWorkingHoursBody>,
): Promise<ReplacedWorkingHours> {
  await scheduleOwner(ctx, userId)
  const siteIds = [...new Set(body.entries.map((e) => e.siteId))]
  const ownSites = siteIds.length
    ? await ctx.db
        .select({ id: sites.id })
        .from(sites)
        .where(and(inArray(sites.id, siteIds), eq(sites.organisationId, ctx.actor.organisationId)))
    : []
  const errors = entryErrors(body.entries, new Set(ownSites.map((s) => s.id)))
  if (errors.length)
    throw new BadRequestError(
      `The working hours have ${errors.length} problem${errors.length === 1 ? '' : 's'}.`,
      errors,
    )
  const outsideHours = await ctx.db.transaction(async (tx) => {
    // Concurrent replacements of one person's hours run one after the other, so they never mix.
    await tx.execute(sql`select 1 from ${users} where ${users.id} = ${userId} for update`)
    await tx.delete(workingHours).where(eq(workingHours.userId, userId))
    if (body.entries.length)
      await tx.insert(workingHours).values(
        body.entries.map((e) => ({
          userId,
          siteId: e.siteId,
          weekday: e.weekday,
          startsAt: e.startsAt,
          endsAt: e.endsAt,
          validFrom: e.validFrom,
          validTo: e.validTo ?? null,
        })),
      )
    const outside = await affectedBookings(tx, ctx.actor, userId, outsideWorkingHours(userId))
    await audit(
      ctx,
      {
        action: 'working_hours.replace',
        entityType: 'user',
        entityId: userId,
        details: { entries: body.entries.length, outsideHours: outside.map((b) => b.id) },
      },
      tx,
    )
    return outside
  })
  return { ...(await loadWorkingHours(ctx.db, userId)), outsideHours }
}
