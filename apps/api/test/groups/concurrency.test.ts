import { asc, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { enrolments } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { TEST_DATABASE_URL } from '../support/database.js'
import { enrolmentsPath } from '../support/group-factories.js'
import { raceEnrolments, runFigures, statusCounts } from './race.js'

// On PGlite there is one connection, so requests are serialised anyway; the race is real on PostgreSQL.
const t = useTestApp()

describe.runIf(Boolean(TEST_DATABASE_URL))('enrolling under concurrency (PostgreSQL)', () => {
  it('seats exactly 20 of 40 simultaneous enrolments and waitlists the other 20 in queue order', async () => {
    const { run, statuses, bodies, persons, c } = await raceEnrolments(t, 20, 40)
    expect(statusCounts(statuses)).toEqual({ 201: 40 })
    expect(statusCounts(bodies.map((b) => (b.status === 'enrolled' ? 1 : 0)))).toEqual({ 0: 20, 1: 20 })
    expect(await runFigures(t, run.id)).toEqual({
      enrolledCount: 20,
      enrolled: 20,
      waitlisted: 20,
      persons: 40,
      enrolledFirst: true,
    })
    // the answers' waitlist positions are 1..20, in queue order
    const rows = await t.db
      .select({ id: enrolments.id, personId: enrolments.personId, status: enrolments.status })
      .from(enrolments)
      .where(eq(enrolments.runId, run.id))
      .orderBy(asc(enrolments.queuePosition))
    expect(new Set(rows.map((r) => r.personId))).toEqual(new Set(persons))
    const answered = new Map(bodies.map((b) => [b.id, b.waitlistPosition]))
    expect(rows.filter((r) => r.status === 'waitlisted').map((r) => answered.get(r.id))).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    )
    const roster = await t.http().get(enrolmentsPath(run.id)).set(c.coordinator.auth)
    expect(roster.body.waitlist.map((e: { id: string }) => e.id)).toEqual(
      rows.filter((r) => r.status === 'waitlisted').map((r) => r.id),
    )
    expect(roster.body.waitlist.map((e: { waitlistPosition: number }) => e.waitlistPosition)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    )
  })

  it('promotes exactly one waitlisted person per withdrawn place when 10 withdraw at once', async () => {
    const { run, bodies, c } = await raceEnrolments(t, 20, 30)
    const seated = bodies.filter((b) => b.status === 'enrolled').slice(0, 10)
    const waitlist = await t.db
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(eq(enrolments.runId, run.id))
      .orderBy(asc(enrolments.queuePosition))
      .then((rows) => rows.slice(20).map((r) => r.id))
    const statuses = (
      await Promise.all(
        seated.map((e) =>
          t
            .http()
            .post(`${enrolmentsPath(run.id)}/${e.id}/withdraw`)
            .set(c.coordinator.auth)
            .send({ reason: 'Atsisakė.' }),
        ),
      )
    ).map((r) => r.status)
    expect(statusCounts(statuses)).toEqual({ 200: 10 })
    expect(await runFigures(t, run.id)).toEqual({
      enrolledCount: 20,
      enrolled: 20,
      waitlisted: 0,
      persons: 20,
      enrolledFirst: true,
    })
    const promoted = await t.db
      .select({ id: enrolments.id, status: enrolments.status })
      .from(enrolments)
      .where(eq(enrolments.runId, run.id))
    const byId = new Map(promoted.map((p) => [p.id, p.status]))
    expect(waitlist.map((id) => byId.get(id))).toEqual(Array(10).fill('enrolled'))
  })
})

describe('enrolling racing on any database', () => {
  it('never seats more than the capacity', async () => {
    const { run, statuses } = await raceEnrolments(t, 3, 6)
    expect(statusCounts(statuses)).toEqual({ 201: 6 })
    expect(await runFigures(t, run.id)).toMatchObject({ enrolledCount: 3, enrolled: 3, waitlisted: 3 })
  })
})
