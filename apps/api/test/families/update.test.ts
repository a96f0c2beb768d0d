import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { families } from '../../src/db/schema/index.js'
import { addWorkingDays } from '../../src/lib/dates.js'
import { useTestApp } from '../support/app.js'
import { signedInUser } from '../support/factories.js'
import {
  auditOf,
  daysAgo,
  daysAhead,
  familyPath,
  familyTableCounts,
  ifMatch,
  intakeFamily,
} from '../support/family-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()

const familyRow = async (id: string) => {
  const [row] = await t.db.select().from(families).where(eq(families.id, id))
  return row
}

describe('GET /api/v1/families/:familyId', () => {
  it('answers the family with an ETag of its version', async () => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, manager.auth)
    const response = await t.http().get(familyPath(family.id)).set(manager.auth)
    expect(response.status).toBe(200)
    expect(response.body).toEqual(family)
    expect(response.headers.etag).toBe(`"${response.body.version}"`)
    await t.http().patch(familyPath(family.id)).set(manager.auth).set(ifMatch(1)).send({ riskFactors: [] })
    const after = await t.http().get(familyPath(family.id)).set(manager.auth)
    expect(after.body.version).toBe(2)
    expect(after.headers.etag).toBe('"2"')
  })

  it('answers 404 for a family that does not exist', async () => {
    const admin = await signedInUser(t)
    const response = await t.http().get(familyPath(randomUUID())).set(admin.auth)
    expectProblem(response, 404, '/problems/not-found')
  })
})

describe('PATCH /api/v1/families/:familyId', () => {
  it('updates with the right If-Match: 200, version + 1, new ETag, audit family.update', async () => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, manager.auth)
    const response = await t
      .http()
      .patch(familyPath(family.id))
      .set(manager.auth)
      .set(ifMatch(1))
      .send({ municipality: 'Kretingos rajono savivaldybė', riskFactors: ['mental_health', 'dependence'] })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body).toMatchObject({
      version: 2,
      municipality: 'Kretingos rajono savivaldybė',
      riskFactors: ['mental_health', 'dependence'],
    })
    expect(response.headers.etag).toBe('"2"')
    expect(await familyRow(family.id)).toMatchObject({
      version: 2,
      municipality: 'Kretingos rajono savivaldybė',
    })
    const [audit] = await auditOf(t.db, manager.user.id, 'family.update')
    expect(audit).toMatchObject({ entityId: family.id, details: { fields: ['municipality', 'riskFactors'] } })
  })

  it('recomputes the first assessment deadline when the referral changes', async () => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, manager.auth)
    expect(family.firstAssessmentDue).toBeNull()
    const referredAt = daysAgo(1)
    const response = await t.http().patch(familyPath(family.id)).set(manager.auth).set(ifMatch(1)).send({
      referralSource: 'child_rights_service',
      referredAt,
      violenceOrDangerReported: true,
    })
    expect(response.body).toMatchObject({
      firstAssessmentDue: addWorkingDays(referredAt, 3),
      firstAssessmentOverdue: false,
    })
  })

  it('keeps the recomputed deadline on or after the day the family was opened', async () => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, manager.auth)
    // Opened on Monday 3 February 2025 (noon in Vilnius), long before any test runs.
    await t.db
      .update(families)
      .set({ openedAt: new Date('2025-02-03T10:00:00Z') })
      .where(eq(families.id, family.id))
    const response = await t.http().patch(familyPath(family.id)).set(manager.auth).set(ifMatch(1)).send({
      referralSource: 'child_rights_service',
      referredAt: '2025-01-06',
    })
    expect(response.body).toMatchObject({ firstAssessmentDue: '2025-02-03', firstAssessmentOverdue: true })
  })

  it.each([
    ['missing', {}, 428, '/problems/if-match-required'],
    ['stale', ifMatch(7), 412, '/problems/stale-version'],
    ['not an ETag', { 'if-match': 'yesterday' }, 412, '/problems/stale-version'],
  ])('answers an If-Match that is %s with %i and changes nothing', async (_what, headers, status, type) => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, manager.auth)
    const before = await familyRow(family.id)
    const response = await t
      .http()
      .patch(familyPath(family.id))
      .set(manager.auth)
      .set(headers)
      .send({ municipality: 'Pakeista' })
    expectProblem(response, status, type)
    expect(await familyRow(family.id)).toEqual(before)
    expect(await auditOf(t.db, manager.user.id, 'family.update')).toHaveLength(0)
  })

  it('lets only one of two edits made from the same version win', async () => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, manager.auth)
    const send = (municipality: string) =>
      t.http().patch(familyPath(family.id)).set(manager.auth).set(ifMatch(1)).send({ municipality })
    const statuses = (await Promise.all([send('Kauno miesto savivaldybė'), send('Kauno rajono savivaldybė')]))
      .map((r) => r.status)
      .sort()
    expect(statuses).toEqual([200, 412])
    expect((await familyRow(family.id))?.version).toBe(2)
  })

  it.each([
    ['an empty body', {}, ['/']],
    ['an extra property', { status: 'closed' }, ['/status']],
    ['a referral date in the future', { referredAt: daysAhead(5) }, ['/referredAt']],
    ['a 100 kB municipality', { municipality: 'x'.repeat(100_000) }, ['/municipality']],
  ])('refuses %s with 400 and changes nothing', async (_what, body, pointers) => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, manager.auth)
    const before = await familyTableCounts(t.db)
    const row = await familyRow(family.id)
    const response = await t.http().patch(familyPath(family.id)).set(manager.auth).set(ifMatch(1)).send(body)
    expectValidationProblem(response, pointers)
    expect(await familyRow(family.id)).toEqual(row)
    expect(await familyTableCounts(t.db)).toEqual(before)
  })

  it('stores markup in the municipality verbatim', async () => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const family = await intakeFamily(t, manager.auth)
    const municipality = '<script>alert(1)</script>'
    const response = await t
      .http()
      .patch(familyPath(family.id))
      .set(manager.auth)
      .set(ifMatch(1))
      .send({ municipality, municipalityOther: true })
    expect(response.body.municipality).toBe(municipality)
    expect((await familyRow(family.id))?.municipality).toBe(municipality)
  })
})
