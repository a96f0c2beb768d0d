import { makePersonalCode } from '@onestop/contracts'
import { eq, inArray, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, confidentialDisclosures, families, persons } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { createOrganisation, signedInUser } from '../support/factories.js'
import { familyPath, ifMatch, intakeFamily, memberBody } from '../support/family-factories.js'
import { queryRows } from '../support/sql.js'

const t = useTestApp()

async function staff() {
  const org = await createOrganisation(t.db)
  return {
    admin: await signedInUser(t, { roles: ['admin'], organisationId: org.id }),
    coordinator: await signedInUser(t, { roles: ['coordinator'], organisationId: org.id }),
    caseManager: await signedInUser(t, { roles: ['case_manager'], organisationId: org.id }),
    otherAdmin: await signedInUser(t, { roles: ['admin'] }),
  }
}

async function closedFamily(auth: { authorization: string }, closedDaysAgo: number) {
  const family = await intakeFamily(t, auth, {
    members: [
      memberBody({
        givenName: 'Rūta',
        birthDate: '1986-03-14',
        personalCode: makePersonalCode('1986-03-14', true),
        contacts: { phone: '+370 600 00000' },
      }),
      memberBody({ givenName: 'Kajus', birthDate: '2015-06-21', gender: 'man', role: 'child' }),
    ],
  })
  await t
    .http()
    .post(`${familyPath(family.id)}/status`)
    .set(auth)
    .set(ifMatch(1))
    .send({ status: 'active' })
  await t
    .http()
    .post(`${familyPath(family.id)}/status`)
    .set(auth)
    .set(ifMatch(2))
    .send({
      status: 'closed',
      closingReason: 'Tikslai pasiekti',
      outcomeSummary: 'Rūta susitarė su buvusiu vyru.',
    })
  await t.db
    .update(families)
    .set({ closedAt: sql`now() - make_interval(days => ${closedDaysAgo})` })
    .where(eq(families.id, family.id))
  return family
}

describe('GET /api/v1/persons/:personId/export', () => {
  it("exports a person's data whole, decrypting the personal code, and audits it", async () => {
    const { coordinator, caseManager } = await staff()
    const family = await intakeFamily(t, caseManager.auth, {
      members: [
        memberBody({
          birthDate: '1986-03-14',
          personalCode: makePersonalCode('1986-03-14', true),
          contacts: { email: 'ruta@example.lt' },
        }),
      ],
    })
    const members = await t
      .http()
      .get(`${familyPath(family.id)}/members`)
      .set(caseManager.auth)
    const personId = members.body.items[0].personId as string
    const response = await t.http().get(`/api/v1/persons/${personId}/export`).set(coordinator.auth)
    expect(response.status).toBe(200)
    expect(response.body.person.personalCode).toBe(makePersonalCode('1986-03-14', true))
    expect(response.body.person.contacts).toEqual({ email: 'ruta@example.lt' })
    expect(response.body.memberships).toHaveLength(1)
    expect(response.body.memberships[0].familyReferenceCode).toBe(family.referenceCode)
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, 'person.export'))
    expect(entries.some((e) => e.entityId === personId && e.actorId === coordinator.user.id)).toBe(true)
  })

  it("answers 404 for another organisation's person and 403 for a case manager", async () => {
    const { caseManager, otherAdmin } = await staff()
    const family = await intakeFamily(t, caseManager.auth)
    const members = await t
      .http()
      .get(`${familyPath(family.id)}/members`)
      .set(caseManager.auth)
    const personId = members.body.items[0].personId as string
    expect((await t.http().get(`/api/v1/persons/${personId}/export`).set(otherAdmin.auth)).status).toBe(404)
    expect((await t.http().get(`/api/v1/persons/${personId}/export`).set(caseManager.auth)).status).toBe(403)
  })
})

describe('POST /api/v1/families/anonymise', () => {
  it('anonymises only closed families past retention, keeping what statistics need', async () => {
    const { admin, caseManager } = await staff()
    const old = await closedFamily(caseManager.auth, 2000)
    const recent = await closedFamily(caseManager.auth, 10)
    const open = await intakeFamily(t, caseManager.auth)

    const dry = await t.http().post('/api/v1/families/anonymise').set(admin.auth).send({ dryRun: true })
    expect(dry.status).toBe(200)
    expect(dry.body).toMatchObject({ dryRun: true, families: 1, persons: 2, familyIds: [old.id] })
    const [untouched] = await t.db.select().from(families).where(eq(families.id, old.id))
    expect(untouched?.anonymisedAt).toBeNull()

    const [oldParent] = await queryRows<{ id: string }>(
      t.db,
      sql`select person_id as id from family_memberships where family_id = ${old.id} order by joined_at limit 1`,
    )
    await t.db.insert(confidentialDisclosures).values({
      organisationId: admin.user.organisationId,
      personId: oldParent?.id ?? '',
      userId: admin.user.id,
      reason: 'Rūtos prašymas Nr. 2026/14.',
    })

    const done = await t.http().post('/api/v1/families/anonymise').set(admin.auth).send({ dryRun: false })
    expect(done.body).toMatchObject({ dryRun: false, families: 1, persons: 2 })
    const oldPeople = await queryRows<{
      given_name: string
      birth_date: string
      personal_code_encrypted: string | null
      gender: string
    }>(
      t.db,
      sql`select p.given_name, p.birth_date::text, p.personal_code_encrypted, p.gender from persons p
        join family_memberships m on m.person_id = p.id where m.family_id = ${old.id} order by p.birth_date`,
    )
    expect(oldPeople).toEqual([
      {
        given_name: '[anonymised]',
        birth_date: '1986-01-01',
        personal_code_encrypted: null,
        gender: 'woman',
      },
      { given_name: '[anonymised]', birth_date: '2015-01-01', personal_code_encrypted: null, gender: 'man' },
    ])
    const disclosures = await t.db
      .select({ reason: confidentialDisclosures.reason })
      .from(confidentialDisclosures)
      .where(eq(confidentialDisclosures.personId, oldParent?.id ?? ''))
    expect(disclosures).toEqual([{ reason: '[anonymised]' }])
    const [oldFamily] = await t.db.select().from(families).where(eq(families.id, old.id))
    expect(oldFamily).toMatchObject({
      outcomeSummary: '[anonymised]',
      municipality: 'Vilniaus miesto savivaldybė',
      status: 'closed',
    })
    expect(
      JSON.stringify(
        await queryRows(t.db, sql`select * from family_status_changes where family_id = ${old.id}`),
      ),
    ).not.toContain('Rūta')

    const others = await t.db
      .select({ givenName: persons.givenName })
      .from(persons)
      .where(
        inArray(
          persons.id,
          sql`(select person_id from family_memberships where family_id in (${recent.id}, ${open.id}))`,
        ),
      )
    expect(others.every((p) => p.givenName !== '[anonymised]')).toBe(true)

    const again = await t.http().post('/api/v1/families/anonymise').set(admin.auth).send({ dryRun: false })
    expect(again.body.families).toBe(0)
  })

  it('is for admins only and touches only their organisation', async () => {
    const { coordinator, caseManager, otherAdmin } = await staff()
    const old = await closedFamily(caseManager.auth, 3000)
    expect(
      (await t.http().post('/api/v1/families/anonymise').set(coordinator.auth).send({ dryRun: false }))
        .status,
    ).toBe(403)
    const foreign = await t
      .http()
      .post('/api/v1/families/anonymise')
      .set(otherAdmin.auth)
      .send({ dryRun: false })
    expect(foreign.body.familyIds).not.toContain(old.id)
    expect((await t.http().post('/api/v1/families/anonymise').set(otherAdmin.auth).send({})).status).toBe(400)
  })
})
