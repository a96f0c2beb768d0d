import type { ListTrainingsQuery, MyTrainingsQuery, TrainingHoursQuery } from '@onestop/contracts'
import { and, asc, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import { trainings, users } from '../../db/schema/index.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf } from '../../lib/cursor.js'
import { todayInVilnius } from '../../lib/dates.js'
import { queryRows } from '../../lib/sql.js'
import { attendedMinutes, toHours } from './hours.js'
import { selectTrainingRows, toTrainingSummaries } from './view.js'

/** The organisation's trainings by first day, earliest first. */
export async function listTrainings(ctx: SignedInContext, query: Static<typeof ListTrainingsQuery>) {
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'date')
  const conditions: (SQL | undefined)[] = [
    eq(trainings.organisationId, ctx.actor.organisationId),
    query.from ? gte(trainings.endsOn, query.from) : undefined,
    query.to ? lte(trainings.startsOn, query.to) : undefined,
    query.methodologyId ? eq(trainings.methodologyId, query.methodologyId) : undefined,
    query.kind ? eq(trainings.kind, query.kind) : undefined,
    query.status ? eq(trainings.status, query.status) : undefined,
    cursor
      ? sql`(${trainings.startsOn}, ${trainings.id}) > (${cursor.k}::date, ${cursor.id}::uuid)`
      : undefined,
  ]
  const rows = await selectTrainingRows(ctx.db)
    .where(and(...conditions))
    .orderBy(asc(trainings.startsOn), asc(trainings.id))
    .limit(limit + 1)
  const page = pageOf(rows, limit, (row) => ({ k: row.training.startsOn, id: row.training.id }))
  return { items: await toTrainingSummaries(ctx.db, page.items), nextCursor: page.nextCursor }
}

const thisYear = () => Number(todayInVilnius().slice(0, 4))

/** Every active staff member's hours of training in the year, in all and by methodology. */
export async function getTrainingHours(ctx: SignedInContext, query: Static<typeof TrainingHoursQuery>) {
  const staff = await ctx.db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.organisationId, ctx.actor.organisationId), eq(users.active, true)))
    .orderBy(asc(users.name), asc(users.id))
  const rows = await attendedMinutes(ctx.db, query.year, sql`p.user_id is not null`)
  return {
    year: query.year,
    staff: staff.map((member) => {
      const own = rows.filter((row) => row.userId === member.id)
      return {
        ...member,
        hours: toHours(own.reduce((sum, row) => sum + row.minutes, 0)),
        methodologies: own.map((row) => ({
          id: row.methodologyId,
          name: row.methodologyName,
          hours: toHours(row.minutes),
        })),
      }
    }),
  }
}

/** The trainings the caller takes part in or trains, latest first, with their hours. */
export async function listMyTrainings(ctx: SignedInContext, query: Static<typeof MyTrainingsQuery>) {
  const me = ctx.actor.id
  const year = query.year ?? thisYear()
  const roles = await queryRows<{ trainingId: string; trainer: boolean; minutes: number }>(
    ctx.db,
    sql`select t.id as "trainingId",
        exists (select 1 from training_trainers r where r.training_id = t.id and r.user_id = ${me}) as trainer,
        coalesce((select sum(extract(epoch from s.ends_at - s.starts_at) / 60)::int
          from training_participants p
          join training_attendance a on a.participant_id = p.id and a.status = 'present'
          join training_sessions s on s.id = a.session_id
          where p.training_id = t.id and p.user_id = ${me}), 0) as minutes
      from trainings t
      where exists (select 1 from training_trainers r where r.training_id = t.id and r.user_id = ${me})
        or exists (select 1 from training_participants p where p.training_id = t.id
          and p.user_id = ${me} and p.status = 'enrolled')`,
  )
  const byId = new Map(roles.map((r) => [r.trainingId, r]))
  const rows = roles.length
    ? await selectTrainingRows(ctx.db)
        .where(
          sql`${trainings.id} in (${sql.join(
            [...byId.keys()].map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
        )
        .orderBy(desc(trainings.startsOn), desc(trainings.id))
    : []
  const summaries = await toTrainingSummaries(ctx.db, rows)
  const attended = await attendedMinutes(ctx.db, year, sql`p.user_id = ${me}`)
  return {
    year,
    hours: toHours(attended.reduce((sum, row) => sum + row.minutes, 0)),
    items: summaries.map((training) => {
      const mine = byId.get(training.id)
      return {
        training,
        role: mine?.trainer ? ('trainer' as const) : ('participant' as const),
        hours: toHours(mine?.minutes ?? 0),
      }
    }),
  }
}
