import { makePersonalCode } from '@onestop/contracts'
import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { consents, referrals } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { createOrganisation, signedInUser } from '../support/factories.js'
import { familyPath, intakeFamily, memberBody, membersOf } from '../support/family-factories.js'
import { createMunicipality } from '../support/partner-factories.js'
import { accept, INBOX } from '../support/referral-factories.js'

const t = useTestApp()

const HIDDEN_ADDRESS = 'Slaptoji g. 7-12, Vilnius'
const HIDDEN_PHONE = '+370 600 00777'
const NOTE = 'Tėvas grasino, mama bijo grįžti namo.'

/** A centre's family: a mother hiding her address, her daughter with visible contacts, and her son. */
async function sendingCentre() {
  const organisation = await createOrganisation(t.db)
  const caseManager = await signedInUser(t, { roles: ['case_manager'], organisationId: organisation.id })
  const family = await intakeFamily(t, caseManager.auth, {
    riskFactors: ['abuse_and_violence', 'dependence'],
    members: [
      memberBody({
        givenName: 'Asta',
        personalCode: makePersonalCode('1988-04-12', true, 321),
        contacts: { phone: HIDDEN_PHONE, address: HIDDEN_ADDRESS },
        contactsConfidential: true,
      }),
      memberBody({
        givenName: 'Ieva',
        birthDate: '2012-02-02',
        role: 'child',
        contacts: { phone: '+370 611 22334' },
      }),
      memberBody({ givenName: 'Jonas', birthDate: '2016-09-03', gender: 'man', role: 'child' }),
    ],
  })
  const note = await t
    .http()
    .post(`${familyPath(family.id)}/notes`)
    .set(caseManager.auth)
    .send({ text: NOTE, visibility: 'team' })
  expect(note.status).toBe(201)
  const members = await membersOf(t, caseManager.auth, family.id)
  const byName = (name: string) => members.find((m) => m.givenName === name)?.id ?? ''
  return {
    organisation,
    caseManager,
    family,
    mother: byName('Asta'),
    daughter: byName('Ieva'),
    son: byName('Jonas'),
  }
}

const referBody = (toOrganisationId: string, memberIds: string[], overrides: object = {}) => ({
  toOrganisationId,
  reason: 'Mamai su vaikais reikia saugaus apgyvendinimo krizių centre.',
  urgency: 'urgent',
  memberIds,
  consentConfirmed: true,
  ...overrides,
})

describe('referrals between organisations of one deployment', () => {
  it('refers chosen members without confidential contacts; the receiver takes them in with nothing else of the case', async () => {
    const sender = await sendingCentre()
    const crisis = await createOrganisation(t.db, `Krizių centras ${Date.now()}`)
    const intake = await signedInUser(t, { roles: ['intake'], organisationId: crisis.id })
    const receiverCaseManager = await signedInUser(t, { roles: ['case_manager'], organisationId: crisis.id })
    const path = `${familyPath(sender.family.id)}/referrals`

    const sent = await t
      .http()
      .post(path)
      .set(sender.caseManager.auth)
      .send(referBody(crisis.id, [sender.mother, sender.daughter]))
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    expect(sent.body).toMatchObject({
      partnerReference: sender.family.referenceCode,
      toOrganisation: { id: crisis.id },
      status: 'received',
      urgency: 'urgent',
    })
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, sent.body.id))
    expect(row).toMatchObject({
      fromOrganisationId: sender.organisation.id,
      referredById: sender.caseManager.user.id,
      apiClientId: null,
      sourceFamilyId: sender.family.id,
      riskFactors: [],
    })

    const answers: unknown[] = []
    const list = await t.http().get(INBOX).set(intake.auth)
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([sent.body.id])
    answers.push(list.body)
    const read = await t.http().get(`${INBOX}/${sent.body.id}`).set(intake.auth)
    expect(read.status).toBe(200)
    answers.push(read.body)
    expect(read.body.fromOrganisation.id).toBe(sender.organisation.id)
    expect(
      read.body.persons.map((p: { givenName: string; contacts: object }) => [p.givenName, p.contacts]),
    ).toEqual([
      ['Asta', {}],
      ['Ieva', { phone: '+370 611 22334' }],
    ])
    expect(read.body.persons[0].personalCode).toBe(makePersonalCode('1988-04-12', true, 321))

    const accepted = await accept(t, receiverCaseManager.auth, sent.body.id)
    answers.push(accepted)
    const family = await t.http().get(familyPath(accepted.familyId)).set(receiverCaseManager.auth)
    answers.push(family.body)
    expect(family.body).toMatchObject({ referralSource: 'partner_organisation', riskFactors: [] })
    const members = await membersOf(t, receiverCaseManager.auth, accepted.familyId)
    answers.push(members)
    expect(members.map((m) => m.givenName).sort()).toEqual(['Asta', 'Ieva'])
    for (const member of members) {
      const one = await t
        .http()
        .get(`${familyPath(accepted.familyId)}/members/${member.id}`)
        .set(receiverCaseManager.auth)
      answers.push(one.body)
    }
    const shared = await t.db
      .select()
      .from(consents)
      .where(and(eq(consents.familyId, accepted.familyId), eq(consents.purpose, 'share_with_municipality')))
    expect(shared).toEqual([])

    const everything = JSON.stringify(answers)
    for (const secret of [HIDDEN_ADDRESS, HIDDEN_PHONE, NOTE, sender.family.id, 'dependence'])
      expect(everything).not.toContain(secret)
    expect((await t.http().get(familyPath(sender.family.id)).set(receiverCaseManager.auth)).status).toBe(404)

    const followed = await t.http().get(path).set(sender.caseManager.auth)
    expect(followed.status).toBe(200)
    expect(followed.body.items).toMatchObject([
      {
        id: sent.body.id,
        status: 'accepted',
        contactPerson: { name: receiverCaseManager.user.name, email: receiverCaseManager.user.email },
      },
    ])
    expect(JSON.stringify(followed.body)).not.toContain(accepted.familyId)
  })

  it('refuses a referral to its own organisation, a municipality or nowhere, of non-members or without consent', async () => {
    const sender = await sendingCentre()
    const crisis = await createOrganisation(t.db)
    const municipality = await createMunicipality(t.db)
    const path = `${familyPath(sender.family.id)}/referrals`
    const post = (body: object, auth = sender.caseManager.auth) => t.http().post(path).set(auth).send(body)
    const own = await post(referBody(sender.organisation.id, [sender.mother]))
    expect(own.status).toBe(400)
    expect(own.body.errors[0]).toMatchObject({ pointer: '/toOrganisationId', code: 'same-organisation' })
    expect((await post(referBody(municipality.id, [sender.mother]))).status).toBe(404)
    expect((await post(referBody(crypto.randomUUID(), [sender.mother]))).status).toBe(404)
    const stranger = await post(referBody(crisis.id, [sender.mother, crypto.randomUUID()]))
    expect(stranger.status).toBe(400)
    expect(stranger.body.errors[0]).toMatchObject({ pointer: '/memberIds/1', code: 'not-a-current-member' })
    const noConsent = await post(referBody(crisis.id, [sender.mother], { consentConfirmed: false }))
    expect(noConsent.status).toBe(400)
    const colleague = await signedInUser(t, {
      roles: ['case_manager'],
      organisationId: sender.organisation.id,
    })
    expect((await post(referBody(crisis.id, [sender.mother]), colleague.auth)).status).toBe(404)
    const outsider = await signedInUser(t, { roles: ['admin'], organisationId: crisis.id })
    expect((await post(referBody(crisis.id, [sender.mother]), outsider.auth)).status).toBe(404)
    expect((await t.http().get(path).set(outsider.auth)).status).toBe(404)
    expect(await t.db.select().from(referrals).where(eq(referrals.sourceFamilyId, sender.family.id))).toEqual(
      [],
    )

    const coordinator = await signedInUser(t, {
      roles: ['coordinator'],
      organisationId: sender.organisation.id,
    })
    expect((await post(referBody(crisis.id, [sender.son]), coordinator.auth)).status).toBe(201)
  })
})
