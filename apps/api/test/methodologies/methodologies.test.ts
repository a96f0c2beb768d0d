import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { auditRowsOf, signedInUser } from '../support/factories.js'
import { ifMatch } from '../support/family-factories.js'
import {
  createMethodology,
  METHODOLOGIES,
  methodologyBody,
  methodologyCentre,
} from '../support/methodology-factories.js'
import { expectProblem } from '../support/problem.js'
import { queryRows } from '../support/sql.js'

const t = useTestApp()

const countNamed = async (name: string) => {
  const [row] = await queryRows<{ n: number }>(
    t.db,
    sql`select count(*)::int as n from methodologies where lower(name) = lower(${name})`,
  )
  return row?.n
}

describe('methodologies', () => {
  it('are added by an admin with their rules and instruments, audited, and read by every staff member', async () => {
    const c = await methodologyCentre(t, { completionShare: undefined, maxGroupSize: null })
    expect(c.methodology).toMatchObject({
      organisationId: c.organisationId,
      format: 'group',
      completionShare: 0.75,
      maxGroupSize: null,
      enrolmentRules: { parentOfChildAged: { minYears: 12, maxYears: 16 } },
      outcomeInstruments: [{ name: 'SDQ', scoreMin: 0, scoreMax: 40, higherIsBetter: false }],
      active: true,
      version: 1,
    })
    expect(await auditRowsOf(t.db, 'methodology.create', c.methodology.id)).toHaveLength(1)
    const list = await t.http().get(METHODOLOGIES).set(c.specialist.auth)
    expect(list.status).toBe(200)
    expect(list.body.items.map((m: { id: string }) => m.id)).toEqual([c.methodology.id])
    const one = await t.http().get(`${METHODOLOGIES}/${c.methodology.id}`).set(c.specialist.auth)
    expect(one.status).toBe(200)
    expect(one.headers.etag).toBe('"1"')
    expect(one.body).toEqual(c.methodology)
  })

  it('are managed by admins only', async () => {
    const c = await methodologyCentre(t)
    expectProblem(
      await t.http().post(METHODOLOGIES).set(c.coordinator.auth).send(methodologyBody()),
      403,
      '/problems/forbidden',
    )
    expectProblem(
      await t
        .http()
        .patch(`${METHODOLOGIES}/${c.methodology.id}`)
        .set(c.coordinator.auth)
        .set(ifMatch(1))
        .send({ sessionCount: 5 }),
      403,
      '/problems/forbidden',
    )
  })

  it('refuses a name the organisation already has, whatever its case, with 409 and keeps one', async () => {
    const c = await methodologyCentre(t)
    const taken = c.methodology.name.toUpperCase()
    const duplicate = await t
      .http()
      .post(METHODOLOGIES)
      .set(c.admin.auth)
      .send(methodologyBody({ name: ` ${taken} ` }))
    expectProblem(duplicate, 409, '/problems/methodology-name-taken')
    expect(await countNamed(taken)).toBe(1)
    const other = await createMethodology(t, c.admin.auth)
    const renamed = await t
      .http()
      .patch(`${METHODOLOGIES}/${other.id}`)
      .set(c.admin.auth)
      .set(ifMatch(other.version))
      .send({ name: taken })
    expectProblem(renamed, 409, '/problems/methodology-name-taken')
    // Another organisation may use the same name.
    const elsewhere = await methodologyCentre(t, { name: c.methodology.name })
    expect(elsewhere.methodology.name).toBe(c.methodology.name)
  })

  it("answers another organisation's methodology with 404, for reading and changing", async () => {
    const mine = await methodologyCentre(t)
    const theirs = await methodologyCentre(t)
    const path = `${METHODOLOGIES}/${theirs.methodology.id}`
    expectProblem(await t.http().get(path).set(mine.specialist.auth), 404, '/problems/not-found')
    expectProblem(
      await t.http().patch(path).set(mine.admin.auth).set(ifMatch(1)).send({ sessionCount: 5 }),
      404,
      '/problems/not-found',
    )
    const list = await t.http().get(METHODOLOGIES).set(mine.admin.auth)
    expect(list.body.items.map((m: { id: string }) => m.id)).toEqual([mine.methodology.id])
  })

  it('changes only with the version read (If-Match), else 428 or 412', async () => {
    const c = await methodologyCentre(t)
    const path = `${METHODOLOGIES}/${c.methodology.id}`
    expectProblem(
      await t.http().patch(path).set(c.admin.auth).send({ sessionCount: 6 }),
      428,
      '/problems/if-match-required',
    )
    expectProblem(
      await t.http().patch(path).set(c.admin.auth).set(ifMatch(2)).send({ sessionCount: 6 }),
      412,
      '/problems/stale-version',
    )
    const ok = await t
      .http()
      .patch(path)
      .set(c.admin.auth)
      .set(ifMatch(1))
      .send({ sessionCount: 6, certificationValidityMonths: 12, completionShare: 0.8, active: false })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect(ok.headers.etag).toBe('"2"')
    expect(ok.body).toMatchObject({
      sessionCount: 6,
      certificationValidityMonths: 12,
      completionShare: 0.8,
      active: false,
      version: 2,
    })
    expect(await auditRowsOf(t.db, 'methodology.update', c.methodology.id)).toHaveLength(1)
    const inactive = await t.http().get(`${METHODOLOGIES}?active=false`).set(c.admin.auth)
    expect(inactive.body.items.map((m: { id: string }) => m.id)).toEqual([c.methodology.id])
  })

  it('replaces the instruments with the list sent: kept by id, added without one, the rest removed', async () => {
    const c = await methodologyCentre(t, {
      outcomeInstruments: [
        { name: 'SDQ', scoreMin: 0, scoreMax: 40, higherIsBetter: false },
        { name: 'Konfliktas', scoreMin: 1, scoreMax: 7, higherIsBetter: false },
      ],
    })
    const [conflict, sdq] = c.methodology.outcomeInstruments
    const path = `${METHODOLOGIES}/${c.methodology.id}`
    const changed = await t
      .http()
      .patch(path)
      .set(c.admin.auth)
      .set(ifMatch(1))
      .send({
        outcomeInstruments: [
          { id: sdq?.id, name: 'SDQ bendri sunkumai', scoreMin: 0, scoreMax: 40, higherIsBetter: false },
          { name: 'Gerovė', scoreMin: 0, scoreMax: 10.5, higherIsBetter: true },
        ],
      })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(changed.body.outcomeInstruments).toEqual([
      { id: expect.any(String), name: 'Gerovė', scoreMin: 0, scoreMax: 10.5, higherIsBetter: true },
      { id: sdq?.id, name: 'SDQ bendri sunkumai', scoreMin: 0, scoreMax: 40, higherIsBetter: false },
    ])
    expect(changed.body.outcomeInstruments.map((i: { id: string }) => i.id)).not.toContain(conflict?.id)
    const foreign = await methodologyCentre(t)
    const stranger = await t
      .http()
      .patch(path)
      .set(c.admin.auth)
      .set(ifMatch(2))
      .send({
        outcomeInstruments: [
          {
            id: foreign.methodology.outcomeInstruments[0]?.id,
            name: 'X',
            scoreMin: 0,
            scoreMax: 1,
            higherIsBetter: true,
          },
        ],
      })
    expect(expectProblem(stranger, 400, '/problems/validation').errors).toEqual([
      expect.objectContaining({ pointer: '/outcomeInstruments/0/id' }),
    ])
    const after = await t.http().get(path).set(c.admin.auth)
    expect(after.body.version).toBe(2)
    expect(after.body.outcomeInstruments).toEqual(changed.body.outcomeInstruments)
  })

  it('refuses upside-down ranges and twice-listed instruments with 400 naming each field, adding nothing', async () => {
    const c = await methodologyCentre(t)
    const body = methodologyBody({
      enrolmentRules: {
        couples: { kind: 'expectant_parents', bothRequired: false, minCouples: 5, maxCouples: 4 },
        participantChildAge: { minYears: 10, maxYears: 4 },
      },
      outcomeInstruments: [
        { name: 'SDQ', scoreMin: 40, scoreMax: 40, higherIsBetter: false },
        { name: 'sdq ', scoreMin: 0, scoreMax: 40, higherIsBetter: false },
      ],
    })
    const refused = await t.http().post(METHODOLOGIES).set(c.admin.auth).send(body)
    const problem = expectProblem(refused, 400, '/problems/validation')
    expect(problem.errors?.map((e) => e.pointer).sort()).toEqual([
      '/enrolmentRules/couples/maxCouples',
      '/enrolmentRules/participantChildAge/maxYears',
      '/outcomeInstruments/0/scoreMax',
      '/outcomeInstruments/1/name',
    ])
    expect(await countNamed(body.name)).toBe(0)
  })

  it('refuses enrolment rules of the wrong shape with 400', async () => {
    const c = await methodologyCentre(t)
    const wrong = [
      { couples: { kind: 'friends', bothRequired: true } },
      { couples: { kind: 'ex_partners' } },
      { participantChildAge: { minYears: -1, maxYears: 4 } },
      { duringPregnancy: 'yes' },
      { anythingElse: true },
    ]
    for (const enrolmentRules of wrong) {
      const response = await t
        .http()
        .post(METHODOLOGIES)
        .set(c.admin.auth)
        .send(methodologyBody({ enrolmentRules }))
      const problem = expectProblem(response, 400, '/problems/validation')
      expect(problem.errors?.[0]?.pointer, JSON.stringify(enrolmentRules)).toMatch(/^\/enrolmentRules/)
    }
    const admin = await signedInUser(t, { roles: ['admin'], organisationId: c.organisationId })
    expectProblem(
      await t
        .http()
        .post(METHODOLOGIES)
        .set(admin.auth)
        .send(methodologyBody({ completionShare: 0 })),
      400,
      '/problems/validation',
    )
  })
})
