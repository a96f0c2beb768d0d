import { randomUUID } from 'node:crypto'
import type { Methodology } from '@onestop/contracts'
import { eq, sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { outcomeMeasurements } from '../../src/db/schema/index.js'
import { sqlState } from '../../src/lib/db-errors.js'
import { useTestApp } from '../support/app.js'
import { at, specialist } from '../support/booking-factories.js'
import { auditRowsOf, signedInUser } from '../support/factories.js'
import { createRun, enrol, enrolmentsPath, familiesOfOne, runBody } from '../support/group-factories.js'
import { createMethodology, METHODOLOGIES } from '../support/methodology-factories.js'
import {
  type MethodologyGroupCentre,
  measurementPath,
  methodologyGroupCentre,
  outcomesPath,
} from '../support/outcome-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()

const SDQ = { name: 'SDQ', scoreMin: 0, scoreMax: 40, higherIsBetter: false }
const CONFIDENCE = { name: 'Tėvų pasitikėjimas', scoreMin: 1, scoreMax: 7, higherIsBetter: true }

let c: MethodologyGroupCentre
let sdq = ''
let confidence = ''
let runId = ''
/** Enrolled a, b, c; w waits for a place; x withdrew. */
let people: Record<'a' | 'b' | 'c' | 'w' | 'x', string>

const instrumentId = (methodology: Methodology, name: string) =>
  methodology.outcomeInstruments.find((i) => i.name === name)?.id ?? ''

const put = (
  person: string,
  instrument: string,
  phase: string,
  body: object,
  auth = c.facilitators[0].auth,
  run = runId,
) =>
  t
    .http()
    .put(measurementPath(run, person, instrument, phase))
    .set(auth)
    .send(body)

const record = async (person: string, instrument: string, phase: string, score: number) => {
  const response = await put(person, instrument, phase, { score, measuredOn: '2026-03-02' })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body
}

const measurements = () => t.db.select().from(outcomeMeasurements).orderBy(outcomeMeasurements.id)

beforeAll(async () => {
  c = await methodologyGroupCentre(t, { outcomeInstruments: [SDQ, CONFIDENCE] })
  sdq = instrumentId(c.methodology, SDQ.name)
  confidence = instrumentId(c.methodology, CONFIDENCE.name)
  const run = await createRun(
    t,
    c.coordinator.auth,
    runBody(c, { methodologyId: c.methodology.id, capacity: 3 }),
  )
  runId = run.id
  const [a, b, x, cc, w] = (await familiesOfOne(t, c.coordinator.auth, 5)).map((f) => f.personIds[0] ?? '')
  for (const person of [a, b, x, cc, w]) await enrol(t, c.coordinator.auth, runId, person ?? '')
  const roster = await t.http().get(enrolmentsPath(runId)).set(c.coordinator.auth)
  const xEnrolment = roster.body.enrolled.find((e: { personId: string }) => e.personId === x)
  const withdrawn = await t
    .http()
    .post(`${enrolmentsPath(runId)}/${xEnrolment.id}/withdraw`)
    .set(c.coordinator.auth)
    .send({ reason: 'Persikėlė.' })
  expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
  people = { a: a ?? '', b: b ?? '', c: cc ?? '', w: w ?? '', x: x ?? '' }
})

describe("a run's outcomes", () => {
  it('records baseline and end scores, and reports each change and the mean change of those with both', async () => {
    const first = await record(people.a, sdq, 'baseline', 20)
    expect(first).toMatchObject({
      runId,
      personId: people.a,
      instrumentId: sdq,
      phase: 'baseline',
      score: 20,
      measuredOn: '2026-03-02',
      recordedBy: { id: c.facilitators[0].user.id },
    })
    await record(people.a, sdq, 'end', 14)
    await record(people.b, sdq, 'baseline', 30)
    await record(people.b, sdq, 'end', 33)
    await record(people.c, sdq, 'baseline', 25)
    await record(people.a, confidence, 'baseline', 3)
    await record(people.a, confidence, 'end', 5.5)
    // A second score of the same phase replaces the first.
    await record(people.a, sdq, 'end', 12)
    expect((await measurements()).filter((m) => m.runId === runId)).toHaveLength(7)

    const response = await t.http().get(outcomesPath(runId)).set(c.coordinator.auth)

    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.methodology).toEqual({ id: c.methodology.id, name: c.methodology.name })
    type Row = { personId: string; baseline: unknown; end: unknown; change: number | null; improved: boolean }
    const byName = Object.fromEntries(
      response.body.instruments.map((i: { name: string; participants: Row[] }) => [
        i.name,
        {
          ...i,
          participants: Object.fromEntries(i.participants.map((p) => [p.personId, [p.change, p.improved]])),
        },
      ]),
    )
    expect(byName[SDQ.name]).toMatchObject({
      instrumentId: sdq,
      ...SDQ,
      meanChange: -2.5,
      withBoth: 2,
      improvedCount: 1,
      participants: {
        [people.a]: [-8, true],
        [people.b]: [3, false],
        [people.c]: [null, null],
      },
    })
    expect(byName[CONFIDENCE.name]).toMatchObject({
      meanChange: 2.5,
      withBoth: 1,
      improvedCount: 1,
      participants: { [people.a]: [2.5, true], [people.b]: [null, null], [people.c]: [null, null] },
    })
    const sdqRows: Row[] = response.body.instruments.find(
      (i: { name: string }) => i.name === SDQ.name,
    ).participants
    expect(sdqRows.find((p) => p.personId === people.c)).toMatchObject({
      baseline: { score: 25, measuredOn: '2026-03-02' },
      end: null,
    })
    const [read] = await auditRowsOf(t.db, 'group_outcomes.read', runId)
    expect(read?.details).toMatchObject({ personIds: expect.arrayContaining([people.a, people.b, people.c]) })
    const writes = await auditRowsOf(t.db, 'outcome_measurement.record', runId)
    expect(writes.at(-1)?.details).toMatchObject({ personId: people.a, phase: 'end', score: 12 })
  })

  it('refuses bad scores, persons not in the run and unknown ids with a clear 4xx, and changes nothing', async () => {
    const other = await createMethodology(t, c.admin.auth, { outcomeInstruments: [SDQ] })
    const plainRun = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, { sessions: { dates: [{ startsAt: at(20, 10), endsAt: at(20, 11) }] } }),
    )
    const foreign = await signedInUser(t, { roles: ['coordinator'] })
    const outsider = await specialist(t, c.organisationId, c.siteId)
    const before = await measurements()
    const good = { score: 10, measuredOn: '2026-03-02' }

    const high = expectValidationProblem(await put(people.a, sdq, 'baseline', { ...good, score: 40.5 }), [
      '/score',
    ])
    expect(high.errors?.[0]).toMatchObject({ message: 'must be from 0 to 40', params: { min: 0, max: 40 } })
    expectValidationProblem(await put(people.a, confidence, 'end', { ...good, score: 0 }), ['/score'])
    expectValidationProblem(await put(people.a, sdq, 'end', { ...good, measuredOn: '2999-01-01' }), [
      '/measuredOn',
    ])
    expectValidationProblem(await put(people.a, sdq, 'middle', good), ['/params/phase'])
    for (const person of [people.w, people.x, randomUUID()]) {
      const refusal = expectProblem(
        await put(person, sdq, 'baseline', good),
        422,
        '/problems/not-a-participant',
      )
      expect(refusal.detail).toContain(person)
    }
    for (const instrument of [randomUUID(), instrumentId(other, SDQ.name)])
      expectProblem(await put(people.a, instrument, 'baseline', good), 404, '/problems/not-found')
    expectProblem(
      await put(people.a, sdq, 'baseline', good, c.coordinator.auth, randomUUID()),
      404,
      '/problems/not-found',
    )
    expectProblem(await put(people.a, sdq, 'baseline', good, foreign.auth), 404, '/problems/not-found')
    expectProblem(await put(people.a, sdq, 'baseline', good, outsider.auth), 403, '/problems/forbidden')
    expectProblem(
      await put(people.a, sdq, 'baseline', good, c.coordinator.auth, plainRun.id),
      409,
      '/problems/run-without-methodology',
    )
    expectProblem(await t.http().get(outcomesPath(runId)).set(outsider.auth), 403, '/problems/forbidden')
    expectProblem(await t.http().get(outcomesPath(runId)).set(foreign.auth), 404, '/problems/not-found')

    expect(await measurements()).toEqual(before)
  })

  it('are kept within the instrument’s range by the database itself', async () => {
    const [stored] = await t.db.select().from(outcomeMeasurements).where(eq(outcomeMeasurements.runId, runId))
    if (!stored) throw new Error('no measurement')
    const insert = (score: number, scoreMax: number) =>
      t.db.execute(sql`insert into outcome_measurements
        (run_id, person_id, instrument_id, phase, score, score_min, score_max, measured_on, recorded_by_id)
        values (${runId}, ${people.c}, ${sdq}, 'end', ${score}, 0, ${scoreMax}, '2026-03-02', ${stored.recordedById})`)
    // Past the range the row copies, and with a range that is not the instrument's.
    expect(sqlState(await insert(41, 40).catch((e: unknown) => e))).toBe('23514')
    expect(sqlState(await insert(41, 50).catch((e: unknown) => e))).toBe('23503')

    const patch = async (instruments: object[]) => {
      const current = await t.http().get(`${METHODOLOGIES}/${c.methodology.id}`).set(c.admin.auth)
      return t
        .http()
        .patch(`${METHODOLOGIES}/${c.methodology.id}`)
        .set(c.admin.auth)
        .set('if-match', String(current.headers.etag))
        .send({ outcomeInstruments: instruments })
    }
    const before = await measurements()
    // b's end score is 33: narrowing SDQ to 0–30 would strand it, and dropping confidence would lose a's.
    for (const instruments of [
      [
        { id: sdq, ...SDQ, scoreMax: 30 },
        { id: confidence, ...CONFIDENCE },
      ],
      [{ id: sdq, ...SDQ }],
    ])
      expectProblem(await patch(instruments), 409, '/problems/instrument-in-use')
    expect(await measurements()).toEqual(before)

    const widened = await patch([
      { id: sdq, ...SDQ, scoreMax: 50 },
      { id: confidence, ...CONFIDENCE },
    ])
    expect(widened.status, JSON.stringify(widened.body)).toBe(200)
    const copies = (await measurements()).filter((m) => m.instrumentId === sdq)
    expect(copies.length).toBeGreaterThan(0)
    for (const m of copies) expect(m.scoreMax).toBe(50)
    await record(people.c, sdq, 'end', 45)
    const restored = await patch([
      { id: sdq, ...SDQ },
      { id: confidence, ...CONFIDENCE },
    ])
    expectProblem(restored, 409, '/problems/instrument-in-use')
  })
})

describe("a methodology's outcomes", () => {
  it('pool the changes of every run, and give each run its own mean', async () => {
    const second = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, {
        methodologyId: c.methodology.id,
        sessions: { dates: [{ startsAt: at(21, 10), endsAt: at(21, 11) }] },
      }),
    )
    const empty = await createRun(
      t,
      c.coordinator.auth,
      runBody(c, {
        methodologyId: c.methodology.id,
        sessions: { dates: [{ startsAt: at(22, 10), endsAt: at(22, 11) }] },
      }),
    )
    const [d] = (await familiesOfOne(t, c.coordinator.auth, 1)).map((f) => f.personIds[0] ?? '')
    await enrol(t, c.coordinator.auth, second.id, d ?? '')
    for (const [phase, score] of [
      ['baseline', 10],
      ['end', 4],
    ] as const) {
      const response = await put(
        d ?? '',
        sdq,
        phase,
        { score, measuredOn: '2026-04-01' },
        c.admin.auth,
        second.id,
      )
      expect(response.status, JSON.stringify(response.body)).toBe(200)
    }

    const response = await t
      .http()
      .get(`${METHODOLOGIES}/${c.methodology.id}/outcomes`)
      .set(c.coordinator.auth)

    expect(response.status, JSON.stringify(response.body)).toBe(200)
    type Instrument = { name: string; meanChange: number; withBoth: number; runs: { runId: string }[] }
    const scale = response.body.instruments.find((i: Instrument) => i.name === SDQ.name)
    // The first run: a −8, b +3, c +20 (25 → 45); the second: d −6.
    expect(scale).toMatchObject({ instrumentId: sdq, meanChange: 9 / 4, withBoth: 4 })
    expect(scale.runs).toEqual([
      { runId, title: 'Tėvystės įgūdžių grupė', meanChange: 5, withBoth: 3 },
      { runId: second.id, title: 'Tėvystės įgūdžių grupė', meanChange: -6, withBoth: 1 },
      { runId: empty.id, title: 'Tėvystės įgūdžių grupė', meanChange: null, withBoth: 0 },
    ])
    const facilitator = await t
      .http()
      .get(`${METHODOLOGIES}/${c.methodology.id}/outcomes`)
      .set(c.facilitators[0].auth)
    expectProblem(facilitator, 403, '/problems/forbidden')
    const foreign = await signedInUser(t, { roles: ['coordinator'] })
    expectProblem(
      await t.http().get(`${METHODOLOGIES}/${c.methodology.id}/outcomes`).set(foreign.auth),
      404,
      '/problems/not-found',
    )
  })
})
