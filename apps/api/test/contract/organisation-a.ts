import { and, asc, eq, ne } from 'drizzle-orm'
import { expect } from 'vitest'
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from '../../src/db/demo-data.js'
import {
  apiClients,
  enrolments,
  groupRuns,
  organisations,
  persons,
  referralEvents,
  referralPersons,
  referrals,
  users,
  webhookSubscriptions,
} from '../../src/db/schema/index.js'
import { seedDemoData } from '../../src/db/seed.js'
import { fieldCryptoFor } from '../../src/lib/crypto.js'
import type { TestApp } from '../support/app.js'
import { signIn } from '../support/factories.js'
import { daysAgo, daysAhead } from '../support/family-factories.js'
import { requestClientToken } from '../support/partner-factories.js'
import { ownedIds } from './organisation-ids.js'

const [VILNIUS, KRETINGA, KRETINGA_NGO] = DEMO_ORGANISATIONS

async function organisationId(t: TestApp, name = '') {
  const [row] = await t.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, name))
  if (!row) throw new Error(`demo organisation ${name} missing`)
  return row.id
}

/**
 * The demo organisations in this file's database. Vilnius (A) gets, on top of the demo's families,
 * calendar and group run, one of each record the API holds, made through the API by its own staff;
 * Kretinga (B) keeps the demo's family, services, sites and rooms.
 */
export async function seedOrganisations(
  t: TestApp,
): Promise<{ a: string; b: string; partnerOfA: { authorization: string } }> {
  await seedDemoData(t.db, t.config)
  const a = await organisationId(t, VILNIUS?.name)
  const b = await organisationId(t, KRETINGA?.name)
  const { ids } = await ownedIds(t.db, a, ['familyId', 'userId', 'personId', 'serviceId', 'siteId'])
  const as = async (email: string) => ({
    authorization: `Bearer ${(await signIn(t, email, DEMO_PASSWORD)).token}`,
  })
  const caseManager = await as('case.manager@onestop.example')
  const caseManagerId = (await t.http().get('/api/v1/auth/me').set(caseManager)).body.id as string
  const family = `/api/v1/families/${ids.familyId}`
  const members = await t.http().get(`${family}/members`).set(caseManager)
  const created = async (auth: { authorization: string }, path: string, body?: object) => {
    const response = await t.http().post(path).set(auth).send(body)
    expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(201)
    return response.body as { id: string }
  }

  const note = await created(caseManager, `${family}/notes`, { text: 'Mama atvyko.', visibility: 'team' })
  await created(caseManager, `${family}/notes/${note.id}/annotations`, { text: 'Su vaikais.' })
  await created(caseManager, `${family}/assessments`, {
    assessedOn: daysAgo(1),
    strengths: 'Abu tėvai myli vaikus.',
    items: [{ area: 'safety', item: 'Vaiko saugumas namuose', rating: 'mild' }],
  })
  const goal = await created(caseManager, `${family}/plan/goals`, {
    area: 'parenting',
    description: 'Tėvai susitaria dėl bendravimo tvarkos.',
    responsibleId: caseManagerId,
    targetDate: daysAhead(90),
  })
  await created(caseManager, `${family}/plan/reviews`, {
    reviewedOn: daysAgo(0),
    nextReviewOn: daysAhead(60),
    goals: [{ goalId: goal.id, progress: 'Pradėta.', status: 'open' }],
  })
  await created(caseManager, `${family}/conferences`, {
    heldAt: `${daysAgo(2)}T10:00:00+02:00`,
    agenda: 'Bendravimo tvarka.',
    participants: [{ kind: 'staff', userId: caseManagerId }],
  })
  await created(caseManager, `${family}/members/${members.body.items[0].id}/consents`, {
    purpose: 'service_delivery',
    given: true,
  })
  await created(caseManager, `${family}/service-packages`, {
    personId: ids.personId,
    serviceId: ids.serviceId,
    plannedUnits: 10,
  })
  await created(await as('coordinator@onestop.example'), `/api/v1/staff/${ids.userId}/absences`, {
    kind: 'leave',
    startsAt: `${daysAhead(200)}T00:00:00+02:00`,
    endsAt: `${daysAhead(202)}T00:00:00+02:00`,
  })
  await created(await as('egle.zukauskaite@onestop.example'), `${family}/break-glass`, {
    reason: 'Krizinis atvejis naktį, atvejo vadybininkės nėra.',
  })
  await created(await as('specialist@onestop.example'), '/api/v1/staff/me/calendar-feed')
  const admin = await as('admin@onestop.example')
  // A's partnership is with a third organisation, so B has no part in it.
  await created(admin, '/api/v1/partnerships', {
    partnerOrganisationId: await organisationId(t, KRETINGA_NGO?.name),
    agreementReference: 'Sutartis Nr. BS-2026/14',
    startsOn: daysAgo(30),
    serviceIds: [ids.serviceId],
  })
  const vilnius = await organisationId(t, 'Vilniaus miesto savivaldybė')
  const issued = (await created(admin, `/api/v1/partners/${vilnius}/clients`, {
    name: 'VTAS integracija',
    scopes: ['referrals:write', 'referrals:read'],
  })) as unknown as { client: { clientId: string }; clientSecret: string }
  const partnerOfA = await referralToA(t, issued.client.clientId, issued.clientSecret, created)
  await webhookInA(t, vilnius, issued)
  await shelterInA(t, await as('coordinator@onestop.example'), ids, created)
  await certificationsInA(t, await as('coordinator@onestop.example'), a, ids, created)
  await trainingInA(t, await as('coordinator@onestop.example'), a, ids, created)
  await outcomesInA(t, await as('coordinator@onestop.example'), a)
  const [hidden] = await t.db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.organisationId, a), eq(persons.contactsConfidential, true)))
  const disclosed = await t
    .http()
    .post(`/api/v1/persons/${hidden?.id}/export`)
    .set(admin)
    .send({ reason: 'Teismo prašymu pateikti kontaktus.' })
  expect(disclosed.status, JSON.stringify(disclosed.body)).toBe(200)
  return { a, b, partnerOfA }
}

/**
 * A referral from the Vilnius municipality's API client to A, with its persons and event; the client's
 * token, which reads A's referrals on partner routes.
 */
async function referralToA(
  t: TestApp,
  clientId: string,
  clientSecret: string,
  created: (auth: { authorization: string }, path: string, body?: object) => Promise<{ id: string }>,
) {
  const token = await requestClientToken(t, clientId, clientSecret)
  expect(token.status, JSON.stringify(token.body)).toBe(200)
  const auth = { authorization: `Bearer ${token.body.access_token as string}` }
  await created(auth, '/api/v1/referrals', {
    partnerReference: 'VTAS-2026-0412',
    reason: 'Tėvų konfliktas skyrybų metu, vaikas nelanko mokyklos.',
    urgency: 'routine',
    riskFactors: ['high_conflict_separation'],
    consentConfirmed: true,
    members: [
      { givenName: 'Rasa', familyName: 'Kairienė', birthDate: '1990-05-05', gender: 'woman', role: 'parent' },
    ],
  })
  return auth
}

/**
 * The demo group run delivers the first methodology (set in the database: a run's methodology is chosen when
 * it is created) and its first participant has a baseline score.
 */
async function outcomesInA(t: TestApp, coordinator: { authorization: string }, a: string) {
  const { runId, methodologyId } = (await ownedIds(t.db, a, ['runId', 'methodologyId'])).ids
  await t.db
    .update(groupRuns)
    .set({ methodologyId })
    .where(eq(groupRuns.id, runId ?? ''))
  const { instrumentId } = (await ownedIds(t.db, a, ['runId', 'instrumentId'])).ids
  const [participant] = await t.db
    .select({ personId: enrolments.personId })
    .from(enrolments)
    .where(and(eq(enrolments.runId, runId ?? ''), eq(enrolments.status, 'enrolled')))
    .limit(1)
  const response = await t
    .http()
    .put(`/api/v1/groups/${runId}/outcomes/${participant?.personId}/${instrumentId}/baseline`)
    .set(coordinator)
    .send({ score: 21, measuredOn: daysAgo(1) })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

/** A supervisor in the first methodology, a trainee under them and a certification revoked. */
async function certificationsInA(
  t: TestApp,
  coordinator: { authorization: string },
  a: string,
  ids: Record<string, string>,
  created: (auth: { authorization: string }, path: string, body?: object) => Promise<{ id: string }>,
) {
  const { methodologyId } = (await ownedIds(t.db, a, ['methodologyId'])).ids
  const [trainee] = await t.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organisationId, a), ne(users.id, ids.userId ?? '')))
    .orderBy(asc(users.email))
    .limit(1)
  const base = '/api/v1/certifications'
  await created(coordinator, base, {
    userId: ids.userId,
    methodologyId,
    level: 'supervisor',
    certifiedOn: daysAgo(400),
    evidence: 'Sertifikatas Nr. 1',
  })
  await created(coordinator, base, {
    userId: trainee?.id,
    methodologyId,
    level: 'trainee',
    certifiedOn: daysAgo(10),
    supervisorId: ids.userId,
  })
  const revoked = await created(coordinator, base, {
    userId: trainee?.id,
    methodologyId,
    level: 'accredited',
    certifiedOn: daysAgo(5),
  })
  const response = await t
    .http()
    .post(`${base}/${revoked.id}/revoke`)
    .set(coordinator)
    .set('if-match', '"1"')
    .send({ reason: 'Įrašyta per klaidą.' })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

/** A training with a staff trainer, a staff and an outside participant, and attendance taken. */
async function trainingInA(
  t: TestApp,
  coordinator: { authorization: string },
  a: string,
  ids: Record<string, string>,
  created: (auth: { authorization: string }, path: string, body?: object) => Promise<{ id: string }>,
) {
  const { methodologyId } = (await ownedIds(t.db, a, ['methodologyId'])).ids
  const base = '/api/v1/trainings'
  // Held already: attendance is taken once a session has started.
  const day = '2025-03-04'
  const training = await created(coordinator, base, {
    methodologyId,
    kind: 'accreditation',
    title: 'Akreditacijos mokymai',
    capacity: 10,
    trainerIds: [ids.userId],
    sessions: [{ startsAt: `${day}T09:00:00+02:00`, endsAt: `${day}T16:00:00+02:00` }],
  })
  const [staff] = await t.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organisationId, a), ne(users.id, ids.userId ?? '')))
    .orderBy(asc(users.email))
    .limit(1)
  const participant = await created(coordinator, `${base}/${training.id}/participants`, { userId: staff?.id })
  await created(coordinator, `${base}/${training.id}/participants`, {
    name: 'Ona Jonaitienė',
    organisation: 'Molėtų r. savivaldybė',
    email: 'ona@moletai.example',
  })
  const read = await t.http().get(`${base}/${training.id}`).set(coordinator)
  const response = await t
    .http()
    .put(`${base}/${training.id}/sessions/${read.body.sessions[0].id}/attendance`)
    .set(coordinator)
    .send({ entries: [{ participantId: participant.id, status: 'present' }] })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

/**
 * A facility with a room, two beds (one out of service for a while), a stay, a refused admission and an
 * open waiting-list request.
 */
async function shelterInA(
  t: TestApp,
  coordinator: { authorization: string },
  ids: Record<string, string>,
  created: (auth: { authorization: string }, path: string, body?: object) => Promise<{ id: string }>,
) {
  const familyId = ids.familyId ?? ''
  const base = '/api/v1/accommodation'
  const facility = await created(coordinator, `${base}/facilities`, {
    siteId: ids.siteId,
    kind: 'crisis_accommodation',
    name: 'Krizinis apgyvendinimas',
    maxStayNights: 90,
  })
  const room = await created(coordinator, `${base}/facilities/${facility.id}/rooms`, { name: 'Kambarys 1' })
  const bed = await created(coordinator, `${base}/rooms/${room.id}/beds`, { label: 'Lova 1' })
  const spare = await created(coordinator, `${base}/rooms/${room.id}/beds`, { label: 'Lova 2', cot: true })
  await created(coordinator, `${base}/beds/${spare.id}/out-of-service`, {
    from: daysAhead(300),
    until: daysAhead(302),
    reason: 'Remontas',
  })
  const checks = { intoxicated: false, emergencyMedicalCare: false, inpatientPsychiatricCare: false }
  const members = (await t.http().get(`/api/v1/families/${familyId}/members`).set(coordinator)).body
    .items as {
    personId: string
  }[]
  await created(coordinator, `${base}/placements`, {
    familyId,
    checkIn: daysAhead(310),
    checkOut: daysAhead(320),
    members: [{ personId: ids.personId, bedId: bed.id, admission: checks }],
  })
  const other = members.find((m) => m.personId !== ids.personId)?.personId ?? ids.personId
  const refused = await t
    .http()
    .post(`${base}/placements`)
    .set(coordinator)
    .send({
      familyId,
      checkIn: daysAhead(330),
      checkOut: daysAhead(331),
      members: [{ personId: other, bedId: spare.id, admission: { ...checks, emergencyMedicalCare: true } }],
    })
  expect(refused.status, JSON.stringify(refused.body)).toBe(422)
  await created(coordinator, `${base}/waiting-list`, {
    familyId,
    memberIds: [other],
    facilityKind: 'long_term_accommodation',
    neededFrom: daysAhead(340),
    priority: 'high',
    reason: 'Reikia ilgesnio apgyvendinimo.',
  })
}

/**
 * The Vilnius municipality's subscription through A's client, and a referral it sent that A declined: its
 * event queues a delivery. Written directly, as the referral services would: no client token needed.
 */
async function webhookInA(t: TestApp, municipalityId: string, created: unknown) {
  const apiClientId = (created as { client?: { id?: string } }).client?.id
  if (!apiClientId) throw new Error('the API client was not created')
  await t.db.insert(webhookSubscriptions).values({
    organisationId: municipalityId,
    apiClientId,
    url: 'https://vtas.vilnius.lt/onestop/webhooks',
    events: ['referral.accepted', 'referral.declined', 'case.closed'],
    secretEncrypted: fieldCryptoFor(t.config.encryptionKey).encrypt('whsec_seeded'),
  })
  const [client] = await t.db.select().from(apiClients).where(eq(apiClients.id, apiClientId))
  const [referral] = await t.db
    .insert(referrals)
    .values({
      fromOrganisationId: municipalityId,
      toOrganisationId: client?.organisationId ?? '',
      apiClientId,
      partnerReference: 'VTAS-2026-0007',
      reason: 'Šeimai reikia pagalbos.',
      urgency: 'routine',
      consentConfirmed: true,
      answerDueAt: new Date(),
      status: 'declined',
      decidedAt: new Date(),
      declineReason: 'Šeima gyvena kitoje savivaldybėje.',
    })
    .returning({ id: referrals.id })
  await t.db.insert(referralPersons).values({
    referralId: referral?.id ?? '',
    position: 0,
    givenName: 'Rūta',
    familyName: 'Vaitkienė',
    birthDate: '1990-03-14',
    gender: 'woman',
    role: 'parent',
  })
  await t.db.insert(referralEvents).values({ referralId: referral?.id ?? '', type: 'referral.declined' })
}
