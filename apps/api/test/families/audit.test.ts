import { and, eq } from 'drizzle-orm'
import type supertest from 'supertest'
import { describe, expect, it } from 'vitest'
import { auditLog } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { createUser, signedInUser } from '../support/factories.js'
import { FAMILIES, familyPath, ifMatch, intakeBody, memberBody } from '../support/family-factories.js'

const t = useTestApp()

/** The audit entries one request wrote, found by its request id. */
const entriesOf = (response: supertest.Response) =>
  t.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.requestId, String(response.headers['x-request-id'])))

async function expectAudited(
  response: supertest.Response,
  status: number,
  expected: { action: string; actorId: string; entityId?: string | null; outcome?: string },
) {
  expect(response.status, JSON.stringify(response.body)).toBe(status)
  const entries = await entriesOf(response)
  const match = entries.filter((e) => e.action === expected.action)
  expect(match, `${expected.action} in ${entries.map((e) => e.action).join(', ')}`).toHaveLength(1)
  expect(match[0]).toMatchObject({ outcome: 'success', ...expected })
  return match[0]
}

describe('audit of the families area', () => {
  it('records every read and write of a family, its members and its team', async () => {
    const coordinator = await signedInUser(t, { roles: ['coordinator'] })
    const org = coordinator.user.organisationId
    const intake = await signedInUser(t, { organisationId: org, roles: ['intake'] })
    const manager = await signedInUser(t, { organisationId: org, roles: ['case_manager'] })
    const specialist = await signedInUser(t, { organisationId: org, roles: ['specialist'] })
    const outsider = await signedInUser(t, { organisationId: org, roles: ['specialist'] })
    const psychologist = await createUser(t.db, { organisationId: org, roles: ['specialist'] })

    const created = await t.http().post(FAMILIES).set(intake.auth).send(intakeBody())
    const family = created.body
    const id = family.id as string
    await expectAudited(created, 201, { action: 'family.create', actorId: intake.user.id, entityId: id })
    await expectAudited(created, 201, { action: 'member.create', actorId: intake.user.id })

    const assigned = await t
      .http()
      .put(`${familyPath(id)}/case-manager`)
      .set(intake.auth)
      .send({ userId: manager.user.id })
    const cm = await expectAudited(assigned, 200, {
      action: 'family.case_manager',
      actorId: intake.user.id,
      entityId: id,
    })
    expect(cm?.details).toEqual({ from: null, to: manager.user.id })

    for (const userId of [specialist.user.id, psychologist.id]) {
      const added = await t
        .http()
        .post(`${familyPath(id)}/team`)
        .set(manager.auth)
        .send({ userId })
      const entry = await expectAudited(added, 201, {
        action: 'team.add',
        actorId: manager.user.id,
        entityId: id,
      })
      expect(entry?.details).toEqual({ userId })
    }

    await expectAudited(await t.http().get(familyPath(id)).set(manager.auth), 200, {
      action: 'family.read',
      actorId: manager.user.id,
      entityId: id,
    })
    const listed = await expectAudited(await t.http().get(FAMILIES).set(manager.auth), 200, {
      action: 'family.list',
      actorId: manager.user.id,
      entityId: null,
    })
    expect(listed?.details).toMatchObject({ families: [id] })

    const patched = await t
      .http()
      .patch(familyPath(id))
      .set(manager.auth)
      .set(ifMatch(2))
      .send({ riskFactors: ['dependence'] })
    await expectAudited(patched, 200, { action: 'family.update', actorId: manager.user.id, entityId: id })

    const moved = await t
      .http()
      .post(`${familyPath(id)}/status`)
      .set(manager.auth)
      .set(ifMatch(3))
      .send({ status: 'active' })
    await expectAudited(moved, 200, { action: 'family.status', actorId: manager.user.id, entityId: id })

    const listedMembers = await t
      .http()
      .get(`${familyPath(id)}/members`)
      .set(specialist.auth)
    await expectAudited(listedMembers, 200, {
      action: 'member.list',
      actorId: specialist.user.id,
      entityId: id,
    })
    const member = listedMembers.body.items[0]

    const added = await t
      .http()
      .post(`${familyPath(id)}/members`)
      .set(manager.auth)
      .send(memberBody())
    await expectAudited(added, 201, {
      action: 'member.create',
      actorId: manager.user.id,
      entityId: added.body.personId,
    })
    await expectAudited(
      await t
        .http()
        .get(`${familyPath(id)}/members/${member.id}`)
        .set(specialist.auth),
      200,
      {
        action: 'member.read',
        actorId: specialist.user.id,
        entityId: member.personId,
      },
    )
    const edited = await t
      .http()
      .patch(`${familyPath(id)}/members/${member.id}`)
      .set(manager.auth)
      .send({ givenName: 'Ona' })
    await expectAudited(edited, 200, {
      action: 'member.update',
      actorId: manager.user.id,
      entityId: member.personId,
    })

    const other = await t
      .http()
      .post(FAMILIES)
      .set(manager.auth)
      .send(intakeBody({ members: [] }))
    const movedMember = await t
      .http()
      .post(`${familyPath(id)}/members/${member.id}/move`)
      .set(manager.auth)
      .send({ toFamilyId: other.body.id })
    await expectAudited(movedMember, 200, {
      action: 'member.move',
      actorId: manager.user.id,
      entityId: member.personId,
    })

    const forbidden = await t
      .http()
      .patch(familyPath(id))
      .set(specialist.auth)
      .set(ifMatch(4))
      .send({ riskFactors: [] })
    expect(forbidden.status).toBe(403)
    const [denied] = await entriesOf(forbidden)
    expect(denied).toMatchObject({
      action: 'access.denied',
      outcome: 'denied',
      actorId: specialist.user.id,
      entityId: id,
    })

    const glass = await t
      .http()
      .post(`${familyPath(id)}/break-glass`)
      .set(outsider.auth)
      .send({ reason: 'Naktinis krizinis atvejis.' })
    await expectAudited(glass, 201, { action: 'family.break_glass', actorId: outsider.user.id, entityId: id })

    await expectAudited(
      await t
        .http()
        .get(`${familyPath(id)}/team`)
        .set(coordinator.auth),
      200,
      {
        action: 'team.read',
        actorId: coordinator.user.id,
        entityId: id,
      },
    )
  })

  it('writes no success entry for a request that was refused', async () => {
    const manager = await signedInUser(t, { roles: ['case_manager'] })
    const refused = await t
      .http()
      .post(FAMILIES)
      .set(manager.auth)
      .send(intakeBody({ members: [memberBody({ personalCode: '38804121230' })] }))
    expect(refused.status).toBe(400)
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, manager.user.id), eq(auditLog.outcome, 'success')))
    expect(entries.filter((e) => e.action.startsWith('family.') || e.action.startsWith('member.'))).toEqual(
      [],
    )
  })

  // Every 403 to a signed-in caller is audited by the problem handler.
  it('records access.denied when a case manager on the team, not responsible, changes the team', async () => {
    const coordinator = await signedInUser(t, { roles: ['coordinator'] })
    const org = coordinator.user.organisationId
    const responsible = await signedInUser(t, { organisationId: org, roles: ['case_manager'] })
    const colleague = await signedInUser(t, { organisationId: org, roles: ['case_manager'] })
    const specialist = await createUser(t.db, { organisationId: org, roles: ['specialist'] })
    const family = (await t.http().post(FAMILIES).set(responsible.auth).send(intakeBody())).body
    const added = await t
      .http()
      .post(`${familyPath(family.id)}/team`)
      .set(coordinator.auth)
      .send({ userId: colleague.user.id })
    expect(added.status).toBe(201)

    const refused = await t
      .http()
      .post(`${familyPath(family.id)}/team`)
      .set(colleague.auth)
      .send({ userId: specialist.id })
    expect(refused.status).toBe(403)
    const entries = await entriesOf(refused)
    expect(entries).toMatchObject([
      { action: 'access.denied', outcome: 'denied', actorId: colleague.user.id, entityId: family.id },
    ])
  })
})
