import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { confidentialDisclosures, idempotencyKeys } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { confidentialScene, expectNoSecret, SECRET } from '../support/confidential-scene.js'
import { signedInUser } from '../support/factories.js'
import {
  type Auth,
  auditOf,
  intakeFamily,
  memberBody,
  membersOf,
  type SignedIn,
} from '../support/family-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

/**
 * The subject access export shows confidential contacts only to the responsible case manager, or to an
 * admin who states a reason, which is audited and listed for review.
 */
const t = useTestApp()

const REASON = 'Asmuo pateikė prašymą susipažinti su savo duomenimis (Nr. 2026/14).'
const DISCLOSURES = '/api/v1/confidential-disclosures'
const exportPath = (personId: string) => `/api/v1/persons/${personId}/export`

const disclosuresOf = (personId: string) =>
  t.db.select().from(confidentialDisclosures).where(eq(confidentialDisclosures.personId, personId))

const scene = (managerRoles?: Parameters<typeof confidentialScene>[1]) => confidentialScene(t, managerRoles)
const exportAs = (auth: Auth, personId: string) => t.http().get(exportPath(personId)).set(auth)
const discloseAs = (auth: Auth, personId: string, reason: string = REASON) =>
  t.http().post(exportPath(personId)).set(auth).send({ reason })

describe('GET /api/v1/persons/:personId/export', () => {
  it('withholds confidential contacts from a coordinator and an admin, as the member view does', async () => {
    const { coordinator, admin, member } = await scene()
    for (const who of [coordinator, admin]) {
      const response = await exportAs(who.auth, member.personId)
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      expect(response.body.person).toMatchObject({ contacts: null, contactsConfidential: true })
      expectNoSecret(response, `export by ${who.user.roles}`)
      const [entry] = await auditOf(t.db, who.user.id, 'person.export')
      expect(entry).toMatchObject({ entityId: member.personId, details: { contacts: 'withheld' } })
    }
    expect(await disclosuresOf(member.personId)).toEqual([])
  })

  it('shows them to the responsible case manager', async () => {
    const { manager, member } = await scene(['case_manager', 'coordinator'])
    const response = await exportAs(manager.auth, member.personId)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.person).toMatchObject({ contacts: SECRET, contactsConfidential: true })
    const [entry] = await auditOf(t.db, manager.user.id, 'person.export')
    expect(entry?.details).toMatchObject({ contacts: 'shown' })
  })

  it('shows contacts that are not confidential to a coordinator', async () => {
    const { coordinator, manager } = await scene()
    const open = await intakeFamily(t, manager.auth, { members: [memberBody({ contacts: SECRET })] })
    const [member] = await membersOf(t, manager.auth, open.id)
    const response = await exportAs(coordinator.auth, member?.personId ?? '')
    expect(response.body.person).toMatchObject({ contacts: SECRET, contactsConfidential: false })
  })
})

describe('POST /api/v1/persons/:personId/export', () => {
  it('discloses them to an admin who states a reason: audited, listed for review, reviewed once by another', async () => {
    const { coordinator, admin, member } = await scene()
    const key = `disclose-${member.personId}`
    const response = await discloseAs(admin.auth, member.personId, `  ${REASON}  `).set(
      'idempotency-key',
      key,
    )
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.person).toMatchObject({ contacts: SECRET, contactsConfidential: true })
    expect(response.headers['cache-control']).toBe('no-store')
    expect(await t.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key))).toEqual([])

    const [row] = await disclosuresOf(member.personId)
    expect(row).toMatchObject({ personId: member.personId, userId: admin.user.id, reason: REASON })
    const [entry] = await auditOf(t.db, admin.user.id, 'person.export')
    expect(entry).toMatchObject({
      entityId: member.personId,
      details: { contacts: 'disclosed', disclosureId: row?.id, reason: REASON },
    })

    const awaiting = await t.http().get(DISCLOSURES).query({ reviewed: false }).set(coordinator.auth)
    expect(awaiting.status, JSON.stringify(awaiting.body)).toBe(200)
    expect(awaiting.body.items).toEqual([
      expect.objectContaining({
        id: row?.id,
        personId: member.personId,
        userId: admin.user.id,
        userName: admin.user.name,
        reason: REASON,
        reviewedAt: null,
      }),
    ])
    expectNoSecret(awaiting, 'the review list')

    const review = (who: SignedIn, note: string) =>
      t.http().post(`${DISCLOSURES}/${row?.id}/review`).set(who.auth).send({ note })
    expectProblem(await review(admin, 'Pats sau.'), 403, '/problems/forbidden')
    const reviewed = await review(coordinator, 'Pagrįsta: asmens prašymas.')
    expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200)
    expect(reviewed.body).toMatchObject({
      reviewedBy: coordinator.user.name,
      reviewNote: 'Pagrįsta: asmens prašymas.',
    })
    expectProblem(await review(coordinator, 'Dar kartą.'), 409, '/problems/already-reviewed')
    const done = await t.http().get(DISCLOSURES).query({ reviewed: false }).set(coordinator.auth)
    expect(done.body.items).toEqual([])
    expect(await auditOf(t.db, coordinator.user.id, 'confidential_disclosure.review')).toHaveLength(1)
  })

  it('refuses a blank or short reason with 400 naming /reason, disclosing nothing', async () => {
    const { admin, member } = await scene()
    for (const reason of [' '.repeat(11), '   trumpai   ', `${'\n'.repeat(6)}abc${'\t'.repeat(6)}`]) {
      const response = await discloseAs(admin.auth, member.personId, reason)
      const problem = expectValidationProblem(response, ['/reason'])
      expect(problem.errors?.[0]?.message).toBe('must have at least 10 characters of text')
      expectNoSecret(response, 'a refused disclosure')
    }
    expect(await disclosuresOf(member.personId)).toEqual([])
    expect(await auditOf(t.db, admin.user.id, 'person.export')).toEqual([])
  })

  it("is an admin's: 403 for a coordinator, 404 for another organisation's admin, recording nothing", async () => {
    const { coordinator, member } = await scene()
    const foreignAdmin = await signedInUser(t, { roles: ['admin'] })
    expectProblem(await discloseAs(coordinator.auth, member.personId), 403, '/problems/forbidden')
    const foreign = await discloseAs(foreignAdmin.auth, member.personId)
    expectProblem(foreign, 404, '/problems/not-found')
    expectNoSecret(foreign, "another organisation's admin")
    expect(await disclosuresOf(member.personId)).toEqual([])
  })

  it("hides another organisation's disclosures: not listed, 404 to review", async () => {
    const { admin, member } = await scene()
    await discloseAs(admin.auth, member.personId).expect(200)
    const [row] = await disclosuresOf(member.personId)
    const foreignCoordinator = await signedInUser(t, { roles: ['coordinator'] })
    expect((await t.http().get(DISCLOSURES).set(foreignCoordinator.auth)).body.items).toEqual([])
    expectProblem(
      await t
        .http()
        .post(`${DISCLOSURES}/${row?.id}/review`)
        .set(foreignCoordinator.auth)
        .send({ note: 'Ne mano.' }),
      404,
      '/problems/not-found',
    )
  })
})
