import { randomUUID } from 'node:crypto'
import type { Family } from '@onestop/contracts'
import { and, eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, breakGlassGrants } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { signedInUser } from '../support/factories.js'
import {
  auditOf,
  FAMILIES,
  familyPath,
  familyTableCounts,
  ifMatch,
  intakeFamily,
  type SignedIn,
} from '../support/family-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()
const GRANTS = '/api/v1/break-glass'
const REASON = 'Vaikas atvyko į krizių centrą naktį, atvejo vadybininkės nėra.'

/** A case manager's family, a coordinator, and a specialist of the same centre who is not on its team. */
async function scene() {
  const coordinator = await signedInUser(t, { roles: ['coordinator'] })
  const org = coordinator.user.organisationId
  const manager = await signedInUser(t, { organisationId: org, roles: ['case_manager'] })
  const outsider = await signedInUser(t, { organisationId: org, roles: ['specialist'] })
  const family = await intakeFamily(t, manager.auth)
  return { coordinator, manager, outsider, family }
}

const breakGlass = (who: SignedIn, family: { id: string }, reason = REASON) =>
  t
    .http()
    .post(`${familyPath(family.id)}/break-glass`)
    .set(who.auth)
    .send({ reason })

const listedIds = async (who: SignedIn, family: Family) => {
  const response = await t.http().get(FAMILIES).query({ q: family.referenceCode }).set(who.auth)
  return (response.body.items as Family[]).map((f) => f.id)
}

describe('POST /api/v1/families/:familyId/break-glass', () => {
  it('opens the family read-only for a specialist off the team, flagged in the audit log and to coordinators', async () => {
    const { coordinator, outsider, family } = await scene()
    expectProblem(await t.http().get(familyPath(family.id)).set(outsider.auth), 404, '/problems/not-found')

    const granted = await breakGlass(outsider, family)
    expect(granted.status, JSON.stringify(granted.body)).toBe(201)
    expect(granted.body).toMatchObject({
      familyId: family.id,
      familyReferenceCode: family.referenceCode,
      userId: outsider.user.id,
      reason: REASON,
      reviewedAt: null,
    })
    expect(Date.parse(granted.body.expiresAt)).toBeGreaterThan(Date.parse(granted.body.grantedAt))

    const read = await t.http().get(familyPath(family.id)).set(outsider.auth)
    expect(read.status).toBe(200)
    expect(await listedIds(outsider, family)).toEqual([family.id])
    const members = await t
      .http()
      .get(`${familyPath(family.id)}/members`)
      .set(outsider.auth)
    expect(members.status).toBe(200)
    expect(members.body.items[0]).toMatchObject({ personalCode: null })

    const patched = await t
      .http()
      .patch(familyPath(family.id))
      .set(outsider.auth)
      .set(ifMatch(family.version))
      .send({ municipality: 'Pakeista' })
    expectProblem(patched, 403, '/problems/forbidden')

    const [flag] = await auditOf(t.db, outsider.user.id, 'family.break_glass')
    expect(flag).toMatchObject({
      entityId: family.id,
      details: { breakGlass: true, reason: REASON, grantId: granted.body.id },
    })
    for (const action of ['family.read', 'member.list']) {
      const reads = await auditOf(t.db, outsider.user.id, action)
      expect(reads, action).toHaveLength(1)
      expect(reads[0]?.details).toMatchObject({ breakGlass: true })
    }
    const [denied] = await auditOf(t.db, outsider.user.id, 'access.denied')
    expect(denied).toMatchObject({ entityId: family.id, outcome: 'denied' })

    // The family's coordinators see who read it from outside the team.
    const outside = await t
      .http()
      .get(`${familyPath(family.id)}/outside-reads`)
      .set(coordinator.auth)
    expect(outside.status).toBe(200)
    expect(outside.body.items).toContainEqual(
      expect.objectContaining({ actorId: outsider.user.id, action: 'family.read', via: 'break_glass' }),
    )
  })

  it("does not flag a team member's ordinary reads", async () => {
    const { manager, family } = await scene()
    await t.http().get(familyPath(family.id)).set(manager.auth)
    const [read] = await auditOf(t.db, manager.user.id, 'family.read')
    expect(read?.details).not.toHaveProperty('breakGlass')
  })

  it('answers 404 for a family of another organisation, granting nothing', async () => {
    const { outsider } = await scene()
    const foreignAdmin = await signedInUser(t, { roles: ['admin'] })
    const foreign = await intakeFamily(t, foreignAdmin.auth)
    const before = await familyTableCounts(t.db)
    expectProblem(await breakGlass(outsider, foreign), 404, '/problems/not-found')
    expectProblem(await breakGlass(outsider, { id: randomUUID() }), 404, '/problems/not-found')
    expect(await familyTableCounts(t.db)).toEqual(before)
    expectProblem(await t.http().get(familyPath(foreign.id)).set(outsider.auth), 404, '/problems/not-found')
  })

  it('needs a reason of at least 10 characters', async () => {
    const { outsider, family } = await scene()
    const before = await familyTableCounts(t.db)
    expectValidationProblem(await breakGlass(outsider, family, 'skubu'), ['/reason'])
    expect(await familyTableCounts(t.db)).toEqual(before)
  })

  it('trims the reason before checking it: eleven spaces, or nine letters padded with spaces, are a 400', async () => {
    const { outsider, family } = await scene()
    const before = await familyTableCounts(t.db)
    for (const reason of [' '.repeat(11), `    ${'a'.repeat(9)}    `, '\n\t'.repeat(10)]) {
      const problem = expectValidationProblem(await breakGlass(outsider, family, reason), ['/reason'])
      expect(problem.errors?.[0]?.message).toBe('must have at least 10 characters of text')
    }
    expect(await familyTableCounts(t.db)).toEqual(before)
    expect(await auditOf(t.db, outsider.user.id, 'family.break_glass')).toEqual([])
  })

  it('keeps the reason trimmed, in the grant and in the audit log', async () => {
    const { outsider, family } = await scene()
    const granted = await breakGlass(outsider, family, `  ${REASON}\n`)
    expect(granted.status, JSON.stringify(granted.body)).toBe(201)
    expect(granted.body.reason).toBe(REASON)
    const [flag] = await auditOf(t.db, outsider.user.id, 'family.break_glass')
    expect(flag?.details).toMatchObject({ reason: REASON })
  })

  it('is refused to an admin with 403', async () => {
    const { family } = await scene()
    const admin = await signedInUser(t, { roles: ['admin'] })
    expectProblem(await breakGlass(admin, family), 403, '/problems/forbidden')
  })

  it('gives no access once the grant has expired', async () => {
    const { outsider, family } = await scene()
    await t.db.insert(breakGlassGrants).values({
      familyId: family.id,
      userId: outsider.user.id,
      organisationId: outsider.user.organisationId,
      reason: REASON,
      grantedAt: sql`now() - interval '3 hours'`,
      expiresAt: sql`now() - interval '1 hour'`,
    })
    expectProblem(await t.http().get(familyPath(family.id)).set(outsider.auth), 404, '/problems/not-found')
    expectProblem(
      await t
        .http()
        .get(`${familyPath(family.id)}/members`)
        .set(outsider.auth),
      404,
      '/problems/not-found',
    )
    expect(await listedIds(outsider, family)).toEqual([])
  })

  it('stores markup in the reason verbatim', async () => {
    const { outsider, family } = await scene()
    const reason = '<script>alert(1)</script> skubus atvejis'
    const granted = await breakGlass(outsider, family, reason)
    expect(granted.body.reason).toBe(reason)
    const [row] = await t.db.select().from(breakGlassGrants).where(eq(breakGlassGrants.id, granted.body.id))
    expect(row?.reason).toBe(reason)
  })
})

describe('GET /api/v1/break-glass and POST /api/v1/break-glass/:grantId/review', () => {
  it('lists the grant awaiting review for a coordinator, who reviews it once', async () => {
    const { coordinator, outsider, family } = await scene()
    const grant = (await breakGlass(outsider, family)).body

    const awaiting = await t.http().get(GRANTS).query({ reviewed: false }).set(coordinator.auth)
    expect(awaiting.status).toBe(200)
    expect(awaiting.body.items).toEqual([grant])

    expectProblem(await t.http().get(GRANTS).set(outsider.auth), 403, '/problems/forbidden')
    expectProblem(
      await t.http().post(`${GRANTS}/${grant.id}/review`).set(outsider.auth).send({ note: 'Pats sau.' }),
      403,
      '/problems/forbidden',
    )

    const reviewed = await t
      .http()
      .post(`${GRANTS}/${grant.id}/review`)
      .set(coordinator.auth)
      .send({ note: 'Pagrįsta: naktinis krizinis atvejis.' })
    expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200)
    expect(reviewed.body).toMatchObject({
      id: grant.id,
      reviewedBy: coordinator.user.name,
      reviewNote: 'Pagrįsta: naktinis krizinis atvejis.',
    })
    expect(reviewed.body.reviewedAt).not.toBeNull()

    const again = await t
      .http()
      .post(`${GRANTS}/${grant.id}/review`)
      .set(coordinator.auth)
      .send({ note: 'Dar kartą.' })
    expectProblem(again, 409, '/problems/already-reviewed')
    const [row] = await t.db.select().from(breakGlassGrants).where(eq(breakGlassGrants.id, grant.id))
    expect(row?.reviewNote).toBe('Pagrįsta: naktinis krizinis atvejis.')

    expect((await t.http().get(GRANTS).query({ reviewed: false }).set(coordinator.auth)).body.items).toEqual(
      [],
    )
    const done = await t.http().get(GRANTS).query({ reviewed: true }).set(coordinator.auth)
    expect(done.body.items.map((g: { id: string }) => g.id)).toEqual([grant.id])
    const reviews = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'break_glass.review'), eq(auditLog.entityId, grant.id)))
    expect(reviews).toHaveLength(1)
  })

  it("hides another organisation's grants: not listed, 404 to review", async () => {
    const { outsider, family } = await scene()
    const grant = (await breakGlass(outsider, family)).body
    const foreignCoordinator = await signedInUser(t, { roles: ['coordinator'] })
    const listed = await t.http().get(GRANTS).set(foreignCoordinator.auth)
    expect(listed.body.items).toEqual([])
    expectProblem(
      await t
        .http()
        .post(`${GRANTS}/${grant.id}/review`)
        .set(foreignCoordinator.auth)
        .send({ note: 'Ne mano.' }),
      404,
      '/problems/not-found',
    )
    const [row] = await t.db.select().from(breakGlassGrants).where(eq(breakGlassGrants.id, grant.id))
    expect(row?.reviewedAt).toBeNull()
  })
})
