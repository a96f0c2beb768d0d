import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { sessionsToComplete } from '../../src/modules/groups/fidelity.js'
import { useTestApp } from '../support/app.js'
import { at, pastAt, specialist } from '../support/booking-factories.js'
import { auditRowsOf, signedInUser } from '../support/factories.js'
import {
  attendancePath,
  createRun,
  enrol,
  enrolmentsPath,
  familiesOfOne,
  runBody,
  runPath,
} from '../support/group-factories.js'
import {
  fidelityPath,
  type MethodologyGroupCentre,
  methodologyGroupCentre,
} from '../support/outcome-factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()

const session = (day: number, hour: number) => ({
  startsAt: pastAt(day, hour),
  endsAt: pastAt(day, hour + 1),
})

describe('sessions to complete a programme', () => {
  it('are the completion share of its sessions, rounded up', () => {
    expect(sessionsToComplete(0.75, 8)).toBe(6)
    expect(sessionsToComplete(0.75, 4)).toBe(3)
    expect(sessionsToComplete(0.7, 10)).toBe(7)
    expect(sessionsToComplete(0.6, 3)).toBe(2)
    expect(sessionsToComplete(1, 12)).toBe(12)
  })
})

describe('the fidelity of a run to its methodology', () => {
  let c: MethodologyGroupCentre
  beforeAll(async () => {
    // Three sessions, of which 60% (rounded up: two) complete the programme.
    c = await methodologyGroupCentre(t, { sessionCount: 3, completionShare: 0.6 })
  })

  it("counts sessions held against the programme's number, and who attended enough to complete it", async () => {
    const run = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, {
        methodologyId: c.methodology.id,
        capacity: 3,
        sessions: {
          dates: [
            session(3, 10),
            session(4, 10),
            session(5, 10),
            { startsAt: at(11, 10), endsAt: at(11, 11) },
          ],
        },
      }),
    )
    const [s1, s2, , s4] = run.sessions
    if (!s1 || !s2 || !s4) throw new Error('sessions missing')
    const [a, b, gone, late, waiting] = (await familiesOfOne(t, c.coordinator.auth, 5)).map(
      (f) => f.personIds[0] ?? '',
    )
    const [facilitator] = c.facilitators
    for (const person of [a, b, gone]) await enrol(t, c.coordinator.auth, run.id, person ?? '')
    const mark = async (sessionId: string, entries: [string | undefined, string][]) => {
      const response = await t
        .http()
        .put(attendancePath(run.id, sessionId))
        .set(facilitator.auth)
        .send({ entries: entries.map(([personId, status]) => ({ personId, status })) })
      expect(response.status, JSON.stringify(response.body)).toBe(200)
    }
    await mark(s1.id, [
      [a, 'present'],
      [b, 'present'],
      [gone, 'present'],
    ])
    await mark(s2.id, [
      [a, 'present'],
      [b, 'absent'],
    ])
    const roster = await t.http().get(enrolmentsPath(run.id)).set(c.coordinator.auth)
    const goneEnrolment = roster.body.enrolled.find((e: { personId: string }) => e.personId === gone)
    const withdrawn = await t
      .http()
      .post(`${enrolmentsPath(run.id)}/${goneEnrolment.id}/withdraw`)
      .set(c.coordinator.auth)
      .send({ reason: 'Persikėlė.' })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    await enrol(t, c.coordinator.auth, run.id, late ?? '')
    expect((await enrol(t, c.coordinator.auth, run.id, waiting ?? '')).status).toBe('waitlisted')
    const cancelled = await t
      .http()
      .post(`${runPath(run.id)}/sessions/${s4.id}/cancel`)
      .set(c.coordinator.auth)
      .send({ reason: 'Atšaukta.' })
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)

    const response = await t.http().get(fidelityPath(run.id)).set(facilitator.auth)

    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body).toMatchObject({
      runId: run.id,
      methodology: { id: c.methodology.id, name: c.methodology.name, sessionCount: 3, completionShare: 0.6 },
      completionSessions: 2,
      sessions: { held: 2, scheduled: 1, cancelled: 1 },
      completedCount: 1,
    })
    type Row = { personId: string; attended: number; share: number; completed: boolean; name: string }
    const rows: Row[] = response.body.participants
    expect(Object.fromEntries(rows.map((r) => [r.personId, [r.attended, r.share, r.completed]]))).toEqual({
      [a ?? '']: [2, 2 / 3, true],
      [b ?? '']: [1, 1 / 3, false],
      [late ?? '']: [0, 0, false],
    })
    for (const row of rows) expect(row.name.length).toBeGreaterThan(0)
    const [entry] = await auditRowsOf(t.db, 'group_fidelity.read', run.id)
    expect(entry?.details).toEqual({ personIds: rows.map((r) => r.personId) })
  })

  it('refuses a run without a methodology with 409, and others than its facilitators, coordinators and admins', async () => {
    const plain = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, { sessions: { dates: [{ startsAt: at(12, 10), endsAt: at(12, 11) }] } }),
    )
    const refusal = expectProblem(
      await t.http().get(fidelityPath(plain.id)).set(c.coordinator.auth),
      409,
      '/problems/run-without-methodology',
    )
    expect(refusal.detail).toContain('delivers no methodology')

    const run = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, {
        methodologyId: c.methodology.id,
        sessions: { dates: [{ startsAt: at(13, 10), endsAt: at(13, 11) }] },
      }),
    )
    const outsider = await specialist(t, c.organisationId, c.siteId)
    expectProblem(await t.http().get(fidelityPath(run.id)).set(outsider.auth), 403, '/problems/forbidden')
    const admin = await t.http().get(fidelityPath(run.id)).set(c.admin.auth)
    expect(admin.status, JSON.stringify(admin.body)).toBe(200)
    const foreign = await signedInUser(t, { roles: ['coordinator'] })
    expectProblem(await t.http().get(fidelityPath(run.id)).set(foreign.auth), 404, '/problems/not-found')
    expectProblem(
      await t.http().get(fidelityPath(randomUUID())).set(c.coordinator.auth),
      404,
      '/problems/not-found',
    )
  })
})
