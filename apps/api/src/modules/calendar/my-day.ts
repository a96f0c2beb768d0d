import type { MyDay, MyDayQuery } from '@onestop/contracts'
import { and, asc, eq, gt, gte, isNull, lt, lte, or, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { absences, sites, workingHours } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { todayInVilnius } from '../../lib/dates.js'
import { queryRows } from '../../lib/sql.js'
import { calendarEvents } from './events.js'

/** Midnight at the start and end of a Vilnius day, as instants (a day may have 23 or 25 hours). */
async function dayBounds(ctx: SignedInContext, date: string) {
  const [bounds] = await queryRows<{ from: string; to: string }>(
    ctx.db,
    sql`select to_json(${date}::date::timestamp at time zone 'Europe/Vilnius') as "from",
      to_json((${date}::date + 1)::timestamp at time zone 'Europe/Vilnius') as "to"`,
  )
  if (!bounds) throw new Error('day bounds query returned nothing')
  return { from: new Date(bounds.from), to: new Date(bounds.to) }
}

/** The signed-in staff member's appointments, group sessions, working hours and absences on one day. */
export async function getMyDay(ctx: SignedInContext, query: Static<typeof MyDayQuery>): Promise<MyDay> {
  const { actor, db } = ctx
  const date = query.date ?? todayInVilnius()
  const { from, to } = await dayBounds(ctx, date)
  const hours = await db
    .select({
      siteId: workingHours.siteId,
      siteName: sites.name,
      startsAt: sql<string>`to_char(${workingHours.startsAt}, 'HH24:MI')`,
      endsAt: sql<string>`to_char(${workingHours.endsAt}, 'HH24:MI')`,
    })
    .from(workingHours)
    .innerJoin(sites, eq(sites.id, workingHours.siteId))
    .where(
      and(
        eq(workingHours.userId, actor.id),
        eq(workingHours.weekday, sql`extract(isodow from ${date}::date)`),
        lte(workingHours.validFrom, date),
        or(isNull(workingHours.validTo), gte(workingHours.validTo, date)),
      ),
    )
    .orderBy(asc(workingHours.startsAt))
  const away = await db
    .select({ id: absences.id, kind: absences.kind, startsAt: absences.startsAt, endsAt: absences.endsAt })
    .from(absences)
    .where(and(eq(absences.userId, actor.id), lt(absences.startsAt, to), gt(absences.endsAt, from)))
    .orderBy(asc(absences.startsAt))
  const events = await calendarEvents(db, actor, {
    scope: { specialistId: actor.id },
    from,
    to,
    includeCancelled: false,
  })
  await audit(ctx, {
    action: 'calendar.my-day',
    entityType: 'appointment',
    details: { date, appointments: events.filter((e) => e.kind === 'appointment').map((e) => e.id) },
  })
  return {
    date,
    workingHours: hours,
    absences: away.map((a) => ({
      ...a,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
    })),
    events,
  }
}
