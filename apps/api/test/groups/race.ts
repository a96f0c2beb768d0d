import { sql } from 'drizzle-orm'
import type { TestApp } from '../support/app.js'
import { at } from '../support/booking-factories.js'
import {
  createRun,
  type EnrolmentBody,
  enrolmentsPath,
  familiesOfOne,
  groupCentre,
  runBody,
} from '../support/group-factories.js'
import { queryRows } from '../support/sql.js'

export function statusCounts(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {}
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1
  return counts
}

/** `n` different persons enrolled at once into a new run of the given capacity. */
export async function raceEnrolments(t: TestApp, capacity: number, n: number) {
  const c = await groupCentre(t)
  const run = await createRun(
    t,
    c.coordinator.auth,
    runBody(c, { capacity, sessions: { dates: [{ startsAt: at(4, 10), endsAt: at(4, 11) }] } }),
  )
  const persons = (await familiesOfOne(t, c.coordinator.auth, n)).map((f) => f.personIds[0] ?? '')
  const responses = await Promise.all(
    persons.map((personId) =>
      t.http().post(enrolmentsPath(run.id)).set(c.coordinator.auth).send({ personId }),
    ),
  )
  return {
    c,
    run,
    persons,
    statuses: responses.map((r) => r.status),
    bodies: responses.map((r) => r.body as EnrolmentBody),
  }
}

export interface RunFigures {
  enrolledCount: number
  enrolled: number
  waitlisted: number
  /** Persons in the run, each counted once: nothing lost, nothing twice. */
  persons: number
  /** True when every enrolled person was queued before every waitlisted one. */
  enrolledFirst: boolean
}

/** What the database holds for a run, whatever the API answered. */
export async function runFigures(t: TestApp, runId: string): Promise<RunFigures> {
  const [row] = await queryRows<{ [K in keyof RunFigures]: RunFigures[K] }>(
    t.db,
    sql`select (select enrolled_count from group_runs where id = ${runId}) as "enrolledCount",
      count(*) filter (where status = 'enrolled')::int as enrolled,
      count(*) filter (where status = 'waitlisted')::int as waitlisted,
      count(distinct person_id)::int as persons,
      coalesce(max(queue_position) filter (where status = 'enrolled')
        < min(queue_position) filter (where status = 'waitlisted'), true) as "enrolledFirst"
      from enrolments where run_id = ${runId} and status <> 'withdrawn'`,
  )
  if (!row) throw new Error('no figures')
  return row
}
