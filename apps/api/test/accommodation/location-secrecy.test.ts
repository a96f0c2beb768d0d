import type { Role, Stay } from '@onestop/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { ACCOMMODATION, PLACEMENTS, placementBody, stayPath } from '../support/accommodation-factories.js'
import { useTestApp } from '../support/app.js'
import { createSite } from '../support/booking-factories.js'
import { createOrganisation, signedInUser } from '../support/factories.js'
import {
  type Auth,
  daysAhead,
  familyPath,
  intakeFamily,
  memberBody,
  membersOf,
  type SignedIn,
} from '../support/family-factories.js'
import { createPartnership } from '../support/partnership-factories.js'

/**
 * Where a woman shelters must not be found through the system (issue 10, item 7): the facility, room and bed
 * of a stay reach only accommodation officers, coordinators and the family's responsible case manager. Every
 * route that can answer with the family's or the person's data is called by everyone else and searched, as
 * raw text, for the three distinctive values.
 */
const t = useTestApp()

const FACILITY = 'Slaptoji pastogė 7Q'
const ROOM = 'Kambarys Z9'
const BED = 'Lova K4'
const LOCATION = [FACILITY, ROOM, BED]

interface Answer {
  label: string
  status: number
  text: string
}

const created = async (auth: Auth, path: string, body: object) => {
  const response = await t.http().post(path).set(auth).send(body)
  expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(201)
  return response.body
}

let s: Awaited<ReturnType<typeof scene>>

/**
 * Rasa left the family she shared with Tomas (their case manager is `otherParentsManager`) for a family of
 * her own (responsible: `responsible`), and stays, checked in, in bed "Lova K4" of room "Kambarys Z9" of
 * "Slaptoji pastogė 7Q". Her family's team: a case manager who is not responsible, a specialist, an intake
 * worker and a partner organisation's psychologist (shared with consent). The family waits for a place for
 * her mother too.
 */
async function scene() {
  const org = await createOrganisation(t.db)
  const site = await createSite(t.db, org.id)
  const as = (...roles: Role[]) => signedInUser(t, { organisationId: org.id, roles })
  const coordinator = await as('coordinator')
  const officer = await as('accommodation_officer')
  const admin = await as('admin')
  const responsible = await as('case_manager')
  const teamManager = await as('case_manager')
  const specialist = await as('specialist')
  const intake = await as('intake')
  const otherParentsManager = await as('case_manager')
  const otherParentsSpecialist = await as('specialist')
  const ngo = await createOrganisation(t.db)
  const partner = await signedInUser(t, {
    organisationId: ngo.id,
    roles: ['specialist'],
    professions: ['psychologist'],
  })

  const formerFamily = await intakeFamily(t, otherParentsManager.auth, {
    members: [memberBody({ givenName: 'Rasa' }), memberBody({ givenName: 'Tomas', gender: 'man' })],
  })
  await created(otherParentsManager.auth, `${familyPath(formerFamily.id)}/team`, {
    userId: otherParentsSpecialist.user.id,
  })
  const family = await intakeFamily(t, responsible.auth, {
    members: [memberBody({ givenName: 'Aldona', role: 'grandparent', birthDate: '1960-02-02' })],
  })
  const rasaBefore = (await membersOf(t, otherParentsManager.auth, formerFamily.id)).find(
    (m) => m.givenName === 'Rasa',
  )
  if (!rasaBefore) throw new Error('no Rasa')
  const moved = await t
    .http()
    .post(`${familyPath(formerFamily.id)}/members/${rasaBefore.id}/move`)
    .set(coordinator.auth)
    .send({ toFamilyId: family.id, role: 'parent' })
  expect(moved.status, JSON.stringify(moved.body)).toBeLessThan(300)
  const members = await membersOf(t, responsible.auth, family.id)
  const rasa = members.find((m) => m.givenName === 'Rasa')
  const aldona = members.find((m) => m.givenName === 'Aldona')
  if (!rasa || !aldona) throw new Error('no members')

  await createPartnership(t.db, org.id, ngo.id)
  for (const member of members)
    await created(responsible.auth, `${familyPath(family.id)}/members/${member.id}/consents`, {
      purpose: 'share_with_partners',
      given: true,
    })
  for (const user of [teamManager, specialist, intake, partner])
    await created(responsible.auth, `${familyPath(family.id)}/team`, { userId: user.user.id })

  const facility = await created(officer.auth, `${ACCOMMODATION}/facilities`, {
    siteId: site.id,
    kind: 'crisis_accommodation',
    name: FACILITY,
    maxStayNights: 60,
  })
  const room = await created(officer.auth, `${ACCOMMODATION}/facilities/${facility.id}/rooms`, { name: ROOM })
  const bed = await created(officer.auth, `${ACCOMMODATION}/rooms/${room.id}/beds`, { label: BED })
  const today = daysAhead(0)
  const placement = await created(
    officer.auth,
    PLACEMENTS,
    placementBody(family.id, [{ personId: rasa.personId, bedId: bed.id }], today, daysAhead(7)),
  )
  const stay = placement.stays[0] as Stay
  const checkedIn = await t
    .http()
    .post(`${stayPath(stay.id)}/check-in`)
    .set(officer.auth)
    .send({})
  expect(checkedIn.status, JSON.stringify(checkedIn.body)).toBe(200)
  const waiting = await created(responsible.auth, `${ACCOMMODATION}/waiting-list`, {
    familyId: family.id,
    memberIds: [aldona.personId],
    facilityKind: 'crisis_accommodation',
    neededFrom: today,
    priority: 'high',
    reason: 'Močiutei taip pat reikia saugios vietos.',
  })
  return {
    organisationId: org.id,
    coordinator,
    officer,
    admin,
    responsible,
    teamManager,
    specialist,
    intake,
    partner,
    otherParentsManager,
    otherParentsSpecialist,
    family,
    formerFamily,
    rasa,
    rasaBefore,
    ids: [facility.id as string, room.id as string, bed.id as string],
    stay,
    waitingId: waiting.id as string,
    today,
  }
}

const get = async (auth: Auth, label: string, path: string, query: object = {}): Promise<Answer> => {
  const response = await t.http().get(path).query(query).set(auth)
  return { label, status: response.status, text: response.text }
}

/** The calendar feed as a calendar application reads it: by its secret address, with no sign-in. */
async function calendarFeed(auth: Auth): Promise<Answer> {
  const feed = await t.http().post('/api/v1/staff/me/calendar-feed').set(auth).send({})
  expect(feed.status, JSON.stringify(feed.body)).toBe(201)
  const document = await t.http().get(new URL(feed.body.url as string).pathname)
  return { label: 'calendar feed', status: document.status, text: document.text }
}

/** Every answer that can carry the family's or the person's data, as `user` gets them. */
async function familyAnswers(user: SignedIn, familyId: string, memberId: string): Promise<Answer[]> {
  const { auth } = user
  const soon = {
    from: new Date(Date.now() - 86_400_000).toISOString(),
    to: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    specialistId: user.user.id,
  }
  return [
    await get(auth, 'family', familyPath(familyId)),
    await get(auth, 'members', `${familyPath(familyId)}/members`),
    await get(auth, 'member', `${familyPath(familyId)}/members/${memberId}`),
    await get(auth, 'timeline', `${familyPath(familyId)}/timeline`),
    await get(auth, 'person export', `/api/v1/persons/${s.rasa.personId}/export`),
    await get(auth, 'stays of the family', `${ACCOMMODATION}/stays`, { familyId }),
    await get(auth, 'stay', stayPath(s.stay.id)),
    await get(auth, 'waiting list', `${ACCOMMODATION}/waiting-list`),
    await get(auth, 'waiting list of the family', `${ACCOMMODATION}/waiting-list`, { familyId }),
    await get(auth, 'waiting request', `${ACCOMMODATION}/waiting-list/${s.waitingId}`),
    await get(auth, 'calendar', '/api/v1/calendar', soon),
    await get(auth, 'my day', '/api/v1/calendar/my-day'),
    await calendarFeed(auth),
    await get(auth, 'audit', '/api/v1/audit', { limit: 100 }),
    await get(auth, 'audit of the family', '/api/v1/audit', { familyId, limit: 100 }),
  ]
}

/** Counts of the facility, open to every staff member: they name it among all facilities, never a person. */
async function countAnswers(user: SignedIn): Promise<Answer[]> {
  const facilityId = s.ids[0]
  const range = { from: s.today, to: daysAhead(7) }
  return [
    await get(user.auth, 'occupancy', `${ACCOMMODATION}/occupancy`, { facilityId, ...range }),
    await get(user.auth, 'nights', `${ACCOMMODATION}/nights`, range),
    await get(user.auth, 'facility names', `${ACCOMMODATION}/facility-names`),
  ]
}

const expectNoLocation = (who: string, answers: Answer[], values: readonly string[]) => {
  for (const answer of answers)
    for (const value of values)
      expect(answer.text, `${who} finds "${value}" in ${answer.label} (${answer.status})`).not.toContain(
        value,
      )
}

/**
 * The whole log names the facility, room and bed in their own set-up entries; no entry about the family,
 * the person or the stay may name them, or the two could be put together.
 */
const expectNoLocationIdsBesideHer = (answers: Answer[]) => {
  const log = answers.find((a) => a.label === 'audit')
  if (log?.status !== 200) return
  const entries = (JSON.parse(log.text) as { items: unknown[] }).items.map((entry) => JSON.stringify(entry))
  const aboutHer = entries.filter((entry) =>
    [s.family.id, s.rasa.personId, s.stay.id].some((id) => entry.includes(id)),
  )
  expect(aboutHer.length).toBeGreaterThan(0)
  for (const entry of aboutHer) for (const id of s.ids) expect(entry).not.toContain(id)
}

const AUDIT = ['audit', 'audit of the family']
const WAITING = ['waiting list', 'waiting list of the family', 'waiting request']

const statusOf = (answers: Answer[], label: string) => answers.find((a) => a.label === label)?.status

beforeAll(async () => {
  s = await scene()
  // Those who may know read first, so the log holds their reads (the night shift's list too) when others
  // search it.
  for (const user of [s.officer, s.coordinator]) {
    const residents = await t.http().get(`${ACCOMMODATION}/facilities/${s.ids[0]}/residents`).set(user.auth)
    expect(residents.status).toBe(200)
    const board = await t.http().get(`${ACCOMMODATION}/stays`).query({ facilityId: s.ids[0] }).set(user.auth)
    expect(board.status).toBe(200)
  }
}, 120_000)

describe('where a sheltered person stays', () => {
  it.each([
    ['a specialist on the case team', () => s.specialist, ['person export', ...WAITING, ...AUDIT]],
    ['a case manager on the team who is not responsible', () => s.teamManager, ['person export', ...AUDIT]],
    ['an intake worker on the team', () => s.intake, ['person export', ...WAITING, ...AUDIT]],
    [
      "a partner organisation's psychologist the family is shared with",
      () => s.partner,
      ['person export', 'stay', ...WAITING, ...AUDIT],
    ],
    ['an admin', () => s.admin, WAITING],
  ])('is found by %s through no route, though they see the family', async (who, user, refused) => {
    const answers = await familyAnswers(user(), s.family.id, s.rasa.id)
    // The family is theirs to see, so the search covers real answers; the routes their role may not call
    // are refused (403, or 404 for a stay of another organisation).
    expect(answers.filter((a) => a.status !== 200).map((a) => a.label)).toEqual(refused)
    expectNoLocation(
      who,
      answers.filter((a) => a.label !== 'audit'),
      [...LOCATION, ...s.ids],
    )
    expectNoLocation(
      who,
      answers.filter((a) => a.label === 'audit'),
      LOCATION,
    )
    expectNoLocationIdsBesideHer(answers)
    // The counts name the facility among the organisation's, with no person: room and bed never.
    const counts = await countAnswers(user())
    // A partner's staff count their own organisation's facilities: ours is unknown to them.
    expect(statusOf(counts, 'occupancy')).toBe(user() === s.partner ? 404 : 200)
    expectNoLocation(who, counts, [ROOM, BED, s.rasa.personId, s.family.id, s.rasa.familyName])
  })

  it('tells the team only that she is in temporary accommodation and since when', async () => {
    for (const user of [s.specialist, s.teamManager, s.intake, s.admin]) {
      const stay = await t.http().get(stayPath(s.stay.id)).set(user.auth)
      expect(stay.status).toBe(200)
      expect(stay.body).toMatchObject({
        visibility: 'limited',
        personId: s.rasa.personId,
        since: s.today,
        facilityName: null,
        roomName: null,
        bedLabel: null,
      })
    }
  })

  it('is found through no route of the family she left, by its case manager or team', async () => {
    for (const user of [s.otherParentsManager, s.otherParentsSpecialist]) {
      const answers = await familyAnswers(user, s.formerFamily.id, s.rasaBefore.id)
      expect(statusOf(answers, 'family')).toBe(200)
      expect(statusOf(answers, 'stay')).toBe(404)
      expectNoLocation('the other parent’s team', answers, [...LOCATION, ...s.ids])
    }
  })

  it('is in a subject access export with its dates, and where only for a coordinator', async () => {
    const exported = async (user: SignedIn) => {
      const response = await t.http().get(`/api/v1/persons/${s.rasa.personId}/export`).set(user.auth)
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      return response.body.stays
    }
    const dates = { stayId: s.stay.id, familyId: s.family.id, checkIn: s.today, checkOut: daysAhead(7) }
    expect(await exported(s.admin)).toEqual([{ ...dates, status: 'checked_in', location: null }])
    expect(await exported(s.coordinator)).toEqual([
      {
        ...dates,
        status: 'checked_in',
        location: {
          facilityName: FACILITY,
          facilityKind: 'crisis_accommodation',
          roomName: ROOM,
          bedLabel: BED,
        },
      },
    ])
  })

  it.each([
    ['the responsible case manager', () => s.responsible],
    ['an accommodation officer', () => s.officer],
    ['a coordinator', () => s.coordinator],
  ])('is shown to %s through the stay routes', async (_who, user) => {
    const auth = user().auth
    const answers = [
      await get(auth, 'stay', stayPath(s.stay.id)),
      await get(auth, 'stays of the family', `${ACCOMMODATION}/stays`, { familyId: s.family.id }),
    ]
    for (const answer of answers) {
      expect(answer.status).toBe(200)
      for (const value of LOCATION) expect(answer.text, `${answer.label} lacks ${value}`).toContain(value)
    }
  })
})

describe('an admin', () => {
  it('sets up facilities, rooms, beds and out-of-service periods', async () => {
    const org = await createOrganisation(t.db)
    const site = await createSite(t.db, org.id)
    const admin = await signedInUser(t, { organisationId: org.id, roles: ['admin'] })
    const facility = await created(admin.auth, `${ACCOMMODATION}/facilities`, {
      siteId: site.id,
      kind: 'crisis_night_shelter',
      name: 'Naktinė prieglauda',
      maxStayNights: 1,
    })
    const room = await created(admin.auth, `${ACCOMMODATION}/facilities/${facility.id}/rooms`, { name: 'K1' })
    const bed = await created(admin.auth, `${ACCOMMODATION}/rooms/${room.id}/beds`, { label: 'L1' })
    await created(admin.auth, `${ACCOMMODATION}/beds/${bed.id}/out-of-service`, {
      from: daysAhead(1),
      until: daysAhead(2),
      reason: 'Remontas',
    })
    const read = await t.http().get(`${ACCOMMODATION}/facilities/${facility.id}`).set(admin.auth)
    expect(read.status).toBe(200)
    expect(read.body.rooms[0].beds[0].label).toBe('L1')
  })

  it('never learns where anyone stays, nor places or moves them, without a role that manages stays', async () => {
    const { auth } = s.admin
    const facilityId = s.ids[0]
    const refused = [
      await t.http().get(`${ACCOMMODATION}/facilities/${facilityId}/residents`).set(auth),
      await t.http().get(`${ACCOMMODATION}/stays`).set(auth),
      await t.http().get(`${ACCOMMODATION}/stays`).query({ facilityId }).set(auth),
      await t.http().get(`${ACCOMMODATION}/admission-refusals`).set(auth),
      await t
        .http()
        .post(PLACEMENTS)
        .set(auth)
        .send(placementBody(s.family.id, [{ personId: s.rasa.personId, bedId: s.ids[2] ?? '' }])),
      await t
        .http()
        .post(`${stayPath(s.stay.id)}/check-out`)
        .set(auth)
        .send({ on: daysAhead(1) }),
    ]
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403])
    for (const response of refused) for (const value of LOCATION) expect(response.text).not.toContain(value)
    // Filtering the family's stays by place would tell where: refused too.
    const byPlace = await t
      .http()
      .get(`${ACCOMMODATION}/stays`)
      .query({ familyId: s.family.id, facilityId })
      .set(auth)
    expect(byPlace.status).toBe(403)
  })

  it('who is also an accommodation officer sees where, as that role does', async () => {
    const both = await signedInUser(t, {
      organisationId: s.organisationId,
      roles: ['admin', 'accommodation_officer'],
    })
    const stay = await t.http().get(stayPath(s.stay.id)).set(both.auth)
    expect(stay.status).toBe(200)
    expect(stay.body).toMatchObject({
      visibility: 'full',
      facilityName: FACILITY,
      roomName: ROOM,
      bedLabel: BED,
    })
    const residents = await t.http().get(`${ACCOMMODATION}/facilities/${s.ids[0]}/residents`).set(both.auth)
    expect(residents.status).toBe(200)
    expect(residents.text).toContain(BED)
  })
})
