import { performance } from 'node:perf_hooks'
import { and, eq, sql } from 'drizzle-orm'
import type supertest from 'supertest'
import { describe, expect, it } from 'vitest'
import { auditLog, families, partnerships, persons } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { confidentialScene, expectNoSecret, memberPath, SECRET } from '../support/confidential-scene.js'
import { createOrganisation, signedInUser } from '../support/factories.js'
import { FAMILIES, familyPath, intakeFamily, memberBody } from '../support/family-factories.js'
import { createPartnership } from '../support/partnership-factories.js'
import { expectProblem } from '../support/problem.js'
import { queryRows } from '../support/sql.js'

const t = useTestApp()
const PERSONAL_CODE = '38804121232'

/**
 * A Vilnius family with a confidential parent (personal code too), and a partner NGO's psychologist who is
 * not yet allowed anywhere near it.
 */
async function sharingScene() {
  const scene = await confidentialScene(t)
  const parent = await t
    .http()
    .post(`${familyPath(scene.family.id)}/members`)
    .set(scene.manager.auth)
    .send(memberBody({ givenName: 'Tomas', gender: 'man', personalCode: PERSONAL_CODE }))
  expect(parent.status, JSON.stringify(parent.body)).toBe(201)
  const ngo = await createOrganisation(t.db)
  const psychologist = await signedInUser(t, {
    roles: ['specialist'],
    professions: ['psychologist'],
    organisationId: ngo.id,
  })
  const addPsychologist = () =>
    t
      .http()
      .post(`${familyPath(scene.family.id)}/team`)
      .set(scene.manager.auth)
      .send({ userId: psychologist.user.id })
  const consent = (given: boolean) =>
    t
      .http()
      .post(`${memberPath(scene.family.id, scene.member.id)}/consents`)
      .set(scene.manager.auth)
      .send({ purpose: 'share_with_partners', given })
  const readAsPsychologist = () => t.http().get(familyPath(scene.family.id)).set(psychologist.auth)
  return {
    ...scene,
    parentId: parent.body.id as string,
    ngo,
    psychologist,
    addPsychologist,
    consent,
    readAsPsychologist,
  }
}

async function sharedScene() {
  const s = await sharingScene()
  await createPartnership(t.db, s.org.id, s.ngo.id)
  expect((await s.consent(true)).status).toBe(201)
  const added = await s.addPsychologist()
  expect(added.status, JSON.stringify(added.body)).toBe(201)
  return s
}

describe('sharing a family with a partner organisation', () => {
  it('refuses to add partner staff without a live partnership from the family’s organisation', async () => {
    const s = await sharingScene()
    expect((await s.consent(true)).status).toBe(201)
    expectProblem(await s.addPsychologist(), 404, '/problems/not-found')
    await createPartnership(t.db, s.ngo.id, s.org.id)
    expectProblem(await s.addPsychologist(), 409, '/problems/partnership-required')
    await createPartnership(t.db, s.org.id, s.ngo.id, { accepted: false })
    expectProblem(await s.addPsychologist(), 409, '/problems/partnership-required')
    expectProblem(await s.readAsPsychologist(), 404, '/problems/not-found')
  })

  it('refuses to add partner staff until the family consents to sharing with partners', async () => {
    const s = await sharingScene()
    await createPartnership(t.db, s.org.id, s.ngo.id)
    expectProblem(await s.addPsychologist(), 409, '/problems/partner-consent-required')
    expect((await s.consent(true)).status).toBe(201)
    expect((await s.addPsychologist()).status).toBe(201)
  })

  it('lets the partner read and write notes, never the personal code or confidential contacts', async () => {
    const s = await sharedScene()
    const family = await s.readAsPsychologist()
    expect(family.status).toBe(200)
    const members = await t
      .http()
      .get(`${familyPath(s.family.id)}/members`)
      .set(s.psychologist.auth)
    expect(members.status).toBe(200)
    expect(members.body.items.map((m: { personalCode: string | null }) => m.personalCode)).toEqual([
      null,
      null,
    ])
    expect(members.text).not.toContain(PERSONAL_CODE)
    for (const response of [family, members]) expectNoSecret(response, 'a partner read')
    const listed = await t.http().get(FAMILIES).set(s.psychologist.auth)
    expect(listed.body.items.map((f: { id: string }) => f.id)).toContain(s.family.id)
    const note = await t
      .http()
      .post(`${familyPath(s.family.id)}/notes`)
      .set(s.psychologist.auth)
      .send({ text: 'Pirmoji konsultacija su mama.', visibility: 'team' })
    expect(note.status, JSON.stringify(note.body)).toBe(201)
    const timeline = await t
      .http()
      .get(`${familyPath(s.family.id)}/timeline`)
      .set(s.psychologist.auth)
    expectNoSecret(timeline, 'the timeline')
  })

  it('never lets the partner move, hand over, export, change consents or manage the family', async () => {
    const s = await sharedScene()
    const ngoFamily = await intakeFamily(
      t,
      (await signedInUser(t, { roles: ['case_manager'], organisationId: s.ngo.id })).auth,
      { members: [] },
    )
    const attempts = [
      t
        .http()
        .post(`${memberPath(s.family.id, s.member.id)}/move`)
        .set(s.psychologist.auth)
        .send({ toFamilyId: ngoFamily.id }),
      t
        .http()
        .put(`${familyPath(s.family.id)}/case-manager`)
        .set(s.psychologist.auth)
        .send({ userId: s.psychologist.user.id }),
      t
        .http()
        .post(`${memberPath(s.family.id, s.member.id)}/consents`)
        .set(s.psychologist.auth)
        .send({ purpose: 'share_with_partners', given: true }),
      t
        .http()
        .patch(memberPath(s.family.id, s.member.id))
        .set(s.psychologist.auth)
        .send({ givenName: 'Kita' }),
      t
        .http()
        .post(`${familyPath(s.family.id)}/team`)
        .set(s.psychologist.auth)
        .send({ userId: s.psychologist.user.id }),
      t.http().get(`/api/v1/persons/${s.member.personId}/export`).set(s.psychologist.auth),
    ]
    for (const response of await Promise.all(attempts)) {
      expect([403, 404, 409], `${response.status} ${JSON.stringify(response.body)}`).toContain(
        response.status,
      )
      expectNoSecret(response, 'a refused partner write')
    }
    const members = await t
      .http()
      .get(`${familyPath(s.family.id)}/members`)
      .set(s.manager.auth)
    expect(members.body.items.map((m: { givenName: string }) => m.givenName)).not.toContain('Kita')
  })

  it('never lets a partner’s admin or coordinator on the team export, anonymise, hand over, move or manage', async () => {
    const s = await sharedScene()
    const ngoFamily = await intakeFamily(
      t,
      (await signedInUser(t, { roles: ['case_manager'], organisationId: s.ngo.id })).auth,
      { members: [] },
    )
    const member = memberPath(s.family.id, s.member.id)
    const partners = {
      admin: await signedInUser(t, { roles: ['admin'], organisationId: s.ngo.id }),
      coordinator: await signedInUser(t, { roles: ['coordinator'], organisationId: s.ngo.id }),
    }
    for (const [role, partner] of Object.entries(partners)) {
      const added = await t
        .http()
        .post(`${familyPath(s.family.id)}/team`)
        .set(s.manager.auth)
        .send({ userId: partner.user.id })
      expect(added.status, JSON.stringify(added.body)).toBe(201)
      expect((await t.http().get(familyPath(s.family.id)).set(partner.auth)).status).toBe(200)
      const as = (request: supertest.Test) => request.set(partner.auth)
      const attempts: [string, supertest.Test, number][] = [
        ['export', as(t.http().get(`/api/v1/persons/${s.member.personId}/export`)), 404],
        [
          'hand over',
          as(t.http().put(`${familyPath(s.family.id)}/case-manager`)).send({ userId: partner.user.id }),
          403,
        ],
        ['move', as(t.http().post(`${member}/move`)).send({ toFamilyId: ngoFamily.id }), 403],
        [
          'consent',
          as(t.http().post(`${member}/consents`)).send({ purpose: 'share_with_partners', given: true }),
          403,
        ],
        ['edit a member', as(t.http().patch(member)).send({ givenName: 'Kita' }), 403],
        [
          'add to the team',
          as(t.http().post(`${familyPath(s.family.id)}/team`)).send({ userId: partner.user.id }),
          403,
        ],
        [
          'remove from the team',
          as(t.http().delete(`${familyPath(s.family.id)}/team/${s.teamManager.user.id}`)),
          403,
        ],
      ]
      if (role === 'admin')
        attempts.push([
          'export with a reason',
          as(t.http().post(`/api/v1/persons/${s.member.personId}/export`)).send({
            reason: 'Asmuo paprašė savo duomenų kopijos raštu.',
          }),
          404,
        ])
      for (const [what, request, status] of attempts) {
        const response = await request
        expect(response.status, `${what} as the partner's ${role}: ${response.text}`).toBe(status)
        expectNoSecret(response, `${what} as the partner's ${role}`)
      }
    }
    const refused = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, s.family.id), eq(auditLog.action, 'family.case_manager')))
    expect(refused).toEqual([])
    expect(
      (
        await t
          .http()
          .get(`${familyPath(s.family.id)}/team`)
          .set(s.manager.auth)
      ).body.items.map((m: { userId: string }) => m.userId),
    ).toContain(s.teamManager.user.id)

    // Past retention, the shared family is still the owner's to anonymise, never the partner's.
    await t.db
      .update(families)
      .set({
        status: 'closed',
        closedAt: sql`now() - make_interval(days => 3000)`,
        closingReason: 'Tikslai pasiekti',
        outcomeSummary: 'Šeima susitvarkė.',
      })
      .where(eq(families.id, s.family.id))
    const anonymised = await t
      .http()
      .post('/api/v1/families/anonymise')
      .set(partners.admin.auth)
      .send({ dryRun: false })
    expect(anonymised.status, anonymised.text).toBe(200)
    expect(anonymised.body.familyIds).not.toContain(s.family.id)
    const [person] = await t.db.select().from(persons).where(eq(persons.id, s.member.personId))
    expect(person).toMatchObject({ anonymisedAt: null, contacts: SECRET })
  })

  it("shows the owner's admin every read the partner made, naming both organisations", async () => {
    const s = await sharedScene()
    expect((await s.readAsPsychologist()).status).toBe(200)
    const audit = await t.http().get(`/api/v1/audit?actorId=${s.psychologist.user.id}`).set(s.admin.auth)
    expect(audit.status).toBe(200)
    const reads = audit.body.items.filter((e: { action: string }) => e.action === 'family.read')
    expect(reads.length).toBeGreaterThan(0)
    expect(reads[0]).toMatchObject({ actorOrganisationId: s.ngo.id, dataOrganisationId: s.org.id })
    // The finding as it was reproduced: the owner's admin searching by the family's id.
    const aboutFamily = await t.http().get(`/api/v1/audit?entityId=${s.family.id}`).set(s.admin.auth)
    expect(aboutFamily.status).toBe(200)
    expect(aboutFamily.body.items).toContainEqual(
      expect.objectContaining({ actorId: s.psychologist.user.id, action: 'family.read' }),
    )
    const outside = await t
      .http()
      .get(`${familyPath(s.family.id)}/outside-reads`)
      .set(s.coordinator.auth)
    expect(outside.status).toBe(200)
    expect(outside.body.items).toContainEqual(
      expect.objectContaining({
        actorId: s.psychologist.user.id,
        organisationName: s.ngo.name,
        action: 'family.read',
        via: 'partner',
      }),
    )
    expectProblem(
      await t
        .http()
        .get(`${familyPath(s.family.id)}/outside-reads`)
        .set(s.psychologist.auth),
      403,
      '/problems/forbidden',
    )
    const stranger = await signedInUser(t, { roles: ['admin'] })
    // To a third organisation the partner's worker is nobody it knows.
    expectProblem(
      await t.http().get(`/api/v1/audit?actorId=${s.psychologist.user.id}`).set(stranger.auth),
      404,
      '/problems/not-found',
    )
  })

  it('ends access at once when consent is withdrawn: of 20 readers racing it, none succeeds once it has committed', async () => {
    const s = await sharedScene()
    expect((await s.readAsPsychologist()).status).toBe(200)
    // The withdrawal's answer comes after its commit: every read that starts later must find nothing.
    let answeredAt = Number.POSITIVE_INFINITY
    const reads: { startedAt: number; status: number }[] = []
    const reader = async () => {
      for (let last = false; !last; ) {
        last = performance.now() > answeredAt
        const startedAt = performance.now()
        reads.push({ startedAt, status: (await s.readAsPsychologist()).status })
      }
    }
    const readers = Array.from({ length: 20 }, reader)
    const withdrawn = await s.consent(false)
    answeredAt = performance.now()
    expect(withdrawn.status).toBe(201)
    await Promise.all(readers)
    expect(reads.filter((r) => r.startedAt < answeredAt).length).toBeGreaterThanOrEqual(20)
    for (const read of reads) expect([200, 404]).toContain(read.status)
    const after = reads.filter((r) => r.startedAt > answeredAt)
    expect(after.length).toBeGreaterThanOrEqual(20)
    expect(after.map((r) => r.status)).toEqual(after.map(() => 404))
    const timeline = await t
      .http()
      .get(`${familyPath(s.family.id)}/timeline`)
      .set(s.manager.auth)
    expect(timeline.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'consent',
        details: expect.objectContaining({ purpose: 'share_with_partners', given: 'false' }),
      }),
    )
  })

  it('ends access at once for writers too: of 20 partners racing a withdrawal with notes, none is answered 500 and none writes after it', async () => {
    const s = await sharedScene()
    let answeredAt = Number.POSITIVE_INFINITY
    const writes: { startedAt: number; status: number }[] = []
    const writer = async (n: number) => {
      for (let last = false, i = 0; !last; i++) {
        last = performance.now() > answeredAt
        const startedAt = performance.now()
        const response = await t
          .http()
          .post(`${familyPath(s.family.id)}/notes`)
          .set(s.psychologist.auth)
          .send({ text: `Konsultacija ${n}-${i}.`, visibility: 'team' })
        writes.push({ startedAt, status: response.status })
      }
    }
    const writers = Array.from({ length: 20 }, (_, n) => writer(n))
    const withdrawn = await s.consent(false)
    answeredAt = performance.now()
    expect(withdrawn.status).toBe(201)
    await Promise.all(writers)
    for (const write of writes) expect([201, 404]).toContain(write.status)
    const after = writes.filter((w) => w.startedAt > answeredAt)
    expect(after.length).toBeGreaterThanOrEqual(20)
    expect(after.map((w) => w.status)).toEqual(after.map(() => 404))
    // What was answered 201 is there, and nothing else: a refused write left no note behind.
    const [stored] = await queryRows<{ count: number }>(
      t.db,
      sql`select count(*)::int as count from case_notes where family_id = ${s.family.id}`,
    )
    expect(stored?.count).toBe(writes.filter((w) => w.status === 201).length)
  })

  it('ends access at once when either side ends the partnership', async () => {
    const s = await sharedScene()
    expect((await s.readAsPsychologist()).status).toBe(200)
    const [partnership] = await t.db
      .select()
      .from(partnerships)
      .where(and(eq(partnerships.organisationId, s.org.id), eq(partnerships.partnerOrganisationId, s.ngo.id)))
    const ngoAdmin = await signedInUser(t, { roles: ['admin'], organisationId: s.ngo.id })
    const ended = await t
      .http()
      .post(`/api/v1/partnerships/${partnership?.id}/end`)
      .set(ngoAdmin.auth)
      .send({ reason: 'Projektas baigėsi anksčiau.' })
    expect(ended.status).toBe(200)
    expectProblem(await s.readAsPsychologist(), 404, '/problems/not-found')
    const notes = await t
      .http()
      .get(`${familyPath(s.family.id)}/notes`)
      .set(s.psychologist.auth)
    expectProblem(notes, 404, '/problems/not-found')
    const timeline = await t
      .http()
      .get(`${familyPath(s.family.id)}/timeline`)
      .set(s.manager.auth)
    expect(timeline.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'partnership_ended',
        details: { partner: s.ngo.name, reason: 'Projektas baigėsi anksčiau.' },
      }),
    )
    const team = await t
      .http()
      .get(`${familyPath(s.family.id)}/team`)
      .set(s.manager.auth)
    expect(team.body.items.map((m: { userId: string }) => m.userId)).toContain(s.psychologist.user.id)
  })
})
