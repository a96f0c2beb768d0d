import type { Family } from '@onestop/contracts'
import { asc, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { families, familyStatusChanges } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { signedInUser } from '../support/factories.js'
import {
  type Auth,
  auditOf,
  familyPath,
  familyTableCounts,
  ifMatch,
  intakeFamily,
} from '../support/family-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()

const CLOSING = { closingReason: 'Tikslai pasiekti', outcomeSummary: 'Tėvai susitarė dėl bendravimo.' }

const move = (auth: Auth, family: { id: string }, version: number, body: Record<string, unknown>) =>
  t
    .http()
    .post(`${familyPath(family.id)}/status`)
    .set(auth)
    .set(ifMatch(version))
    .send(body)

const changesOf = (familyId: string) =>
  t.db
    .select()
    .from(familyStatusChanges)
    .where(eq(familyStatusChanges.familyId, familyId))
    .orderBy(asc(familyStatusChanges.changedAt), asc(familyStatusChanges.id))

const familyRow = async (id: string) => {
  const [row] = await t.db.select().from(families).where(eq(families.id, id))
  return row
}

async function activeFamily(auth: Auth) {
  const family = await intakeFamily(t, auth)
  const response = await move(auth, family, 1, { status: 'active', reason: 'Pirminis vertinimas atliktas.' })
  expect(response.status).toBe(200)
  return response.body as Family
}

describe('POST /api/v1/families/:familyId/status', () => {
  it('moves intake → active: 200, version + 1, ETag, a status change row and an audit entry', async () => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, manager.auth)
    const response = await move(manager.auth, family, 1, { status: 'active', reason: 'Sutiko dalyvauti.' })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body).toMatchObject({ status: 'active', version: 2, closedAt: null })
    expect(response.headers.etag).toBe('"2"')
    expect(await changesOf(family.id)).toMatchObject([
      { fromStatus: null, toStatus: 'intake' },
      { fromStatus: 'intake', toStatus: 'active', reason: 'Sutiko dalyvauti.', changedById: manager.user.id },
    ])
    const [audit] = await auditOf(t.db, manager.user.id, 'family.status')
    expect(audit).toMatchObject({ entityId: family.id, details: { from: 'intake', to: 'active' } })
  })

  it.each([
    ['without either', {}, ['/closingReason']],
    ['without an outcome summary', { closingReason: 'Tikslai pasiekti' }, ['/outcomeSummary']],
    ['without a closing reason', { outcomeSummary: 'Gerai.' }, ['/closingReason']],
    ['with a blank closing reason', { closingReason: '   ', outcomeSummary: 'Gerai.' }, ['/closingReason']],
  ])('refuses to close %s with 400 and changes nothing', async (_what, extra, pointers) => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const family = await activeFamily(manager.auth)
    const before = await familyRow(family.id)
    const response = await move(manager.auth, family, family.version, { status: 'closed', ...extra })
    expectValidationProblem(response, pointers)
    expect(await familyRow(family.id)).toEqual(before)
    expect(await changesOf(family.id)).toHaveLength(2)
  })

  it('closes with a closing reason and an outcome summary, setting closedAt', async () => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const family = await activeFamily(manager.auth)
    const response = await move(manager.auth, family, family.version, { status: 'closed', ...CLOSING })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body).toMatchObject({ status: 'closed', version: 3, ...CLOSING })
    expect(Date.parse(response.body.closedAt)).not.toBeNaN()
    expect(await familyRow(family.id)).toMatchObject({ status: 'closed', ...CLOSING })
    expect((await familyRow(family.id))?.closedAt).toBeInstanceOf(Date)
    expect((await changesOf(family.id)).at(-1)).toMatchObject({
      fromStatus: 'active',
      toStatus: 'closed',
      reason: CLOSING.closingReason,
    })
  })

  it('reopens a closed family only with a reason, clearing closedAt', async () => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const active = await activeFamily(manager.auth)
    const closed = (await move(manager.auth, active, active.version, { status: 'closed', ...CLOSING }))
      .body as Family
    const before = await familyRow(closed.id)
    const refused = await move(manager.auth, closed, closed.version, { status: 'active' })
    expectValidationProblem(refused, ['/reason'])
    expect(await familyRow(closed.id)).toEqual(before)

    const reopened = await move(manager.auth, closed, closed.version, {
      status: 'active',
      reason: 'Naujas pranešimas iš VTAS.',
    })
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200)
    expect(reopened.body).toMatchObject({
      status: 'active',
      closedAt: null,
      closingReason: null,
      outcomeSummary: null,
      version: closed.version + 1,
    })
    expect((await changesOf(closed.id)).map((c) => [c.fromStatus, c.toStatus, c.reason])).toEqual([
      [null, 'intake', null],
      ['intake', 'active', 'Pirminis vertinimas atliktas.'],
      ['active', 'closed', CLOSING.closingReason],
      ['closed', 'active', 'Naujas pranešimas iš VTAS.'],
    ])
  })

  it.each([
    ['intake', 'closed'],
    ['intake', 'referred'],
    ['intake', 'intake'],
    ['active', 'intake'],
    ['active', 'active'],
    ['closed', 'closed'],
    ['closed', 'intake'],
    ['referred', 'active'],
    ['referred', 'closed'],
  ] as const)('refuses %s → %s with 409 /problems/status-transition', async (from, to) => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, manager.auth)
    // Put the family in the starting state directly; the API has no way into `referred`.
    await t.db
      .update(families)
      .set({
        status: from,
        ...(from === 'closed' ? { closedAt: new Date(), ...CLOSING } : {}),
      })
      .where(eq(families.id, family.id))
    const before = await familyRow(family.id)
    const counts = await familyTableCounts(t.db)
    const response = await move(manager.auth, family, 1, {
      status: to,
      reason: 'Bandymas.',
      ...CLOSING,
    })
    const problem = expectProblem(response, 409, '/problems/status-transition')
    expect(problem.detail).toContain(`"${from}"`)
    expect(await familyRow(family.id)).toEqual(before)
    expect(await familyTableCounts(t.db)).toEqual(counts)
  })

  it('answers 428 without If-Match and 412 for a stale one, changing nothing', async () => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, manager.auth)
    const before = await familyRow(family.id)
    const missing = await t
      .http()
      .post(`${familyPath(family.id)}/status`)
      .set(manager.auth)
      .send({ status: 'active' })
    expectProblem(missing, 428, '/problems/if-match-required')
    expectProblem(await move(manager.auth, family, 2, { status: 'active' }), 412, '/problems/stale-version')
    expect(await familyRow(family.id)).toEqual(before)
    expect(await changesOf(family.id)).toHaveLength(1)
  })

  it('stores markup in reasons verbatim', async () => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const family = await activeFamily(manager.auth)
    const markup = { closingReason: '<script>alert(1)</script>', outcomeSummary: '<b>baigta</b> & "gerai"' }
    const response = await move(manager.auth, family, family.version, { status: 'closed', ...markup })
    expect(response.body).toMatchObject(markup)
    expect(await familyRow(family.id)).toMatchObject(markup)
  })
})
