import { allRoutes, type Family, type Member, type Role, routeUrl } from '@onestop/contracts'
import type supertest from 'supertest'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { ADDRESS, PHONE, SECRET } from '../support/confidential-scene.js'
import { createOrganisation, signedInUser } from '../support/factories.js'
import {
  currentVersion,
  familyPath,
  intakeFamily,
  memberBody,
  membersOf,
  type SignedIn,
} from '../support/family-factories.js'
import { createPartnership } from '../support/partnership-factories.js'

/**
 * Walks every read of the API, and every write of the families area that answers with a member, as each
 * staff member who is not the family's responsible case manager, and searches each raw answer for the
 * confidential phone and address by value.
 */
const t = useTestApp()

const REASON = 'Asmuo paprašė savo duomenų kopijos raštu.'

interface Walk {
  who: SignedIn
  family: Family
  /** The member whose contacts are confidential. */
  member: Member
  /** Adds a fresh confidential member to `family` for the caller to move to `moveTarget`. */
  addConfidential: () => Promise<Member>
  moveTarget: Family
  /** 200 for those who manage the family; 403 for those who may only read it. */
  moveStatus: number
  noteId: string
  conferenceId: string
}

const post = (who: SignedIn, path: string, body: object) => t.http().post(path).set(who.auth).send(body)

async function recordsOf(by: SignedIn, family: Family, member: Member) {
  const note = await post(by, `${familyPath(family.id)}/notes`, {
    text: 'Mama atvyko su vaikais.',
    visibility: 'team',
  })
  expect(note.status, JSON.stringify(note.body)).toBe(201)
  const conference = await post(by, `${familyPath(family.id)}/conferences`, {
    heldAt: '2099-03-01T10:00:00+02:00',
    agenda: 'Saugumo planas.',
    participants: [{ kind: 'family_member', personId: member.personId }],
  })
  expect(conference.status, JSON.stringify(conference.body)).toBe(201)
  const consent = await post(by, `${familyPath(family.id)}/members/${member.id}/consents`, {
    purpose: 'service_delivery',
    given: true,
  })
  expect(consent.status, JSON.stringify(consent.body)).toBe(201)
  return { noteId: note.body.id as string, conferenceId: conference.body.id as string }
}

async function confidentialMemberOf(by: SignedIn, family: Family) {
  const added = await post(
    by,
    `${familyPath(family.id)}/members`,
    memberBody({ contacts: SECRET, contactsConfidential: true }),
  )
  expect(added.status, JSON.stringify(added.body)).toBe(201)
  return added.body as Member
}

/** The writes of the families area whose answers carry a member or a family, as `who` on `walk`. */
async function writes(walk: Walk): Promise<[string, supertest.Response][]> {
  const { who, family, member } = walk
  const memberPath = `${familyPath(family.id)}/members/${member.id}`
  const fresh = await walk.addConfidential()
  const answers: [string, supertest.Response][] = [
    ['edit a name', await t.http().patch(memberPath).set(who.auth).send({ givenName: member.givenName })],
    [
      'keep contacts confidential',
      await t.http().patch(memberPath).set(who.auth).send({ contactsConfidential: true }),
    ],
    [
      'overwrite contacts',
      await t
        .http()
        .patch(memberPath)
        .set(who.auth)
        .send({ contacts: { phone: '+370 600 99999' } }),
    ],
    ['add a member', await post(who, `${familyPath(family.id)}/members`, memberBody())],
    [
      'move a member',
      await post(who, `${familyPath(family.id)}/members/${fresh.id}/move`, {
        toFamilyId: walk.moveTarget.id,
      }),
    ],
    [
      'write a note',
      await post(who, `${familyPath(family.id)}/notes`, { text: 'Skambino mama.', visibility: 'team' }),
    ],
    ['record a consent', await post(who, `${memberPath}/consents`, { purpose: 'research', given: false })],
    [
      'record a conference',
      await post(who, `${familyPath(family.id)}/conferences`, {
        heldAt: '2099-04-01T10:00:00+02:00',
        agenda: 'Tolesni žingsniai.',
        participants: [{ kind: 'family_member', personId: member.personId }],
      }),
    ],
    [
      'edit the family',
      await t
        .http()
        .patch(familyPath(family.id))
        .set(who.auth)
        .set({ 'if-match': `"${await currentVersion(t.db, family.id)}"` })
        .send({ municipality: family.municipality }),
    ],
  ]
  if (!who.user.roles.includes('admin'))
    answers.push([
      'export with a reason',
      await post(who, `/api/v1/persons/${member.personId}/export`, { reason: REASON }),
    ])
  return answers
}

/** Every signed-in GET whose path parameters this walk can fill. */
async function reads(walk: Walk): Promise<[string, supertest.Response][]> {
  const params: Record<string, string> = {
    familyId: walk.family.id,
    memberId: walk.member.id,
    personId: walk.member.personId,
    noteId: walk.noteId,
    conferenceId: walk.conferenceId,
    userId: walk.who.user.id,
  }
  const answers: [string, supertest.Response][] = []
  for (const route of allRoutes) {
    if (route.method !== 'GET' || route.access === 'public') continue
    const names = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] ?? '')
    if (names.some((name) => !(name in params))) continue
    answers.push([route.path, await t.http().get(routeUrl(route.path, params)).set(walk.who.auth)])
  }
  return answers
}

describe('confidential contacts, searched for by value in every answer to someone not responsible', () => {
  const walks = new Map<string, Walk>()
  let manager: SignedIn
  let family: Family
  let parent: Member

  beforeAll(async () => {
    const org = await createOrganisation(t.db)
    const as = (roles: Role[]) => signedInUser(t, { organisationId: org.id, roles })
    manager = await as(['case_manager'])
    const teamManager = await as(['case_manager'])
    const teamSpecialist = await as(['specialist'])
    const coordinator = await as(['coordinator'])
    const admin = await as(['admin'])
    const intake = await as(['intake'])
    const glass = await as(['specialist'])

    family = await intakeFamily(t, manager.auth, {
      members: [
        memberBody({ contacts: SECRET, contactsConfidential: true }),
        memberBody({ role: 'child', birthDate: '2015-05-05' }),
      ],
    })
    for (const user of [teamManager, teamSpecialist])
      expect((await post(manager, `${familyPath(family.id)}/team`, { userId: user.user.id })).status).toBe(
        201,
      )
    const found = (await membersOf(t, manager.auth, family.id)).find((m) => m.role === 'parent')
    if (!found) throw new Error('no parent')
    parent = found
    const records = await recordsOf(manager, family, parent)
    const ownFamily = await intakeFamily(t, teamManager.auth, { members: [] })
    expect((await post(glass, `${familyPath(family.id)}/break-glass`, { reason: REASON })).status).toBe(201)

    const inFamily = (who: SignedIn, moveStatus: number): Walk => ({
      who,
      family,
      member: parent,
      addConfidential: () => confidentialMemberOf(manager, family),
      moveTarget: ownFamily,
      moveStatus,
      ...records,
    })
    walks.set('coordinator', inFamily(coordinator, 200))
    walks.set('admin', inFamily(admin, 200))
    walks.set('case manager on the team, responsible for the move target', inFamily(teamManager, 200))
    walks.set('specialist on the team', inFamily(teamSpecialist, 403))
    walks.set('specialist with break-glass', inFamily(glass, 403))

    // A partner organisation's psychologist, on the team through a live partnership and the family's consent.
    const ngo = await createOrganisation(t.db)
    const partner = await signedInUser(t, {
      organisationId: ngo.id,
      roles: ['specialist'],
      professions: ['psychologist'],
    })
    await createPartnership(t.db, org.id, ngo.id)
    const shared = await post(manager, `${familyPath(family.id)}/members/${parent.id}/consents`, {
      purpose: 'share_with_partners',
      given: true,
    })
    expect(shared.status, JSON.stringify(shared.body)).toBe(201)
    expect((await post(manager, `${familyPath(family.id)}/team`, { userId: partner.user.id })).status).toBe(
      201,
    )
    walks.set('partner organisation’s specialist on the team', inFamily(partner, 403))

    // Intake staff manage the families they took in until a case manager is assigned.
    const intakeFamilyOwn = await intakeFamily(t, intake.auth, {
      members: [memberBody({ contacts: SECRET, contactsConfidential: true })],
    })
    const [intakeParent] = await membersOf(t, intake.auth, intakeFamilyOwn.id)
    if (!intakeParent) throw new Error('no parent')
    walks.set('intake', {
      who: intake,
      family: intakeFamilyOwn,
      member: intakeParent,
      addConfidential: () => confidentialMemberOf(intake, intakeFamilyOwn),
      moveTarget: await intakeFamily(t, intake.auth, { members: [] }),
      moveStatus: 200,
      ...(await recordsOf(intake, intakeFamilyOwn, intakeParent)),
    })
  })

  it.each([
    'coordinator',
    'admin',
    'intake',
    'case manager on the team, responsible for the move target',
    'specialist on the team',
    'specialist with break-glass',
    'partner organisation’s specialist on the team',
  ])('never shows them to the %s', async (key) => {
    const walk = walks.get(key)
    if (!walk) throw new Error(`no walk for ${key}`)
    // Reads before and after the writes, so a write that changed the contacts cannot hide a leaking read.
    const answers = [...(await reads(walk)), ...(await writes(walk)), ...(await reads(walk))]
    const walked = answers.map(([what]) => what)
    for (const path of allRoutes.filter(
      (r) => r.method === 'GET' && /^\/api\/v1\/(families|persons)\//.test(r.path),
    ))
      expect(walked, `${path.path} is walked`).toContain(path.path)
    for (const [what, response] of answers) {
      expect(response.status, `${what}: ${response.text.slice(0, 200)}`).toBeLessThan(500)
      for (const value of [PHONE, ADDRESS])
        expect(response.text, `${what} as the ${key}`).not.toContain(value)
    }
    const moved = answers.find(([what]) => what === 'move a member')?.[1]
    expect(moved?.status, moved?.text).toBe(walk.moveStatus)
  })

  it('shows them to the responsible case manager in the member view', async () => {
    const read = await t
      .http()
      .get(`${familyPath(family.id)}/members/${parent.id}`)
      .set(manager.auth)
    expect(read.status).toBe(200)
    expect(read.text).toContain(PHONE)
    expect(read.text).toContain(ADDRESS)
  })
})
