import type { Conference } from '@onestop/contracts'
import { count, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  caseConferenceParticipants,
  caseConferenceSteps,
  caseConferences,
} from '../../src/db/schema/index.js'
import { todayInVilnius } from '../../src/lib/dates.js'
import { useTestApp } from '../support/app.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'
import { auditCount, type CaseSetup, caseWithTeam, familyUrl, insertGoal, otherFamily } from './support.js'

const t = useTestApp()
let c: CaseSetup
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
const dueOn = (days: number) => todayInVilnius(new Date(Date.now() + days * 86_400_000))

const conferenceBody = (overrides: Record<string, unknown> = {}) => ({
  heldAt: inDays(-1),
  agenda: 'Vaikų bendravimo su tėvais tvarka.',
  participants: [
    { kind: 'staff', userId: c.staff.caseManager.user.id },
    { kind: 'staff', userId: c.staff.teamSpecialist.user.id },
    { kind: 'family_member', personId: c.parent.personId },
    {
      kind: 'external',
      name: 'Rasa Kavaliauskienė',
      organisation: 'Vilniaus miesto savivaldybės Vaiko teisių apsaugos skyrius',
    },
  ],
  ...overrides,
})

const conferenceCount = async (familyId: string) => {
  const [row] = await t.db
    .select({ n: count() })
    .from(caseConferences)
    .where(eq(caseConferences.familyId, familyId))
  return row?.n ?? -1
}

beforeAll(async () => {
  c = await caseWithTeam(t)
})

describe('POST /api/v1/families/:familyId/conferences', () => {
  it('records a conference with staff, family and external participants and next steps', async () => {
    const goalId = await insertGoal(t, c.family.id, c.staff.caseManager.user.id)
    const response = await t
      .http()
      .post(familyUrl(c.family.id, '/conferences'))
      .set(c.staff.caseManager.auth)
      .send(
        conferenceBody({
          decisions: 'Tėvai lankys „Vaikai ne viduryje“ grupę.',
          steps: [
            {
              description: 'Užregistruoti tėvus į grupę.',
              goalId,
              responsibleId: c.staff.teamSpecialist.user.id,
              dueOn: dueOn(8),
            },
            { description: 'Susitikti su vaiko teisių specialiste.' },
          ],
        }),
      )
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const conference = response.body as Conference
    expect(response.headers.location).toBe(familyUrl(c.family.id, `/conferences/${conference.id}`))
    expect(conference.recordedBy.id).toBe(c.staff.caseManager.user.id)
    expect(conference.participants.map((p) => p.kind)).toEqual([
      'staff',
      'staff',
      'family_member',
      'external',
    ])
    expect(conference.participants.find((p) => p.kind === 'family_member')).toMatchObject({
      personId: c.parent.personId,
      name: `${c.parent.givenName} ${c.parent.familyName}`,
    })
    expect(conference.participants.find((p) => p.kind === 'external')).toMatchObject({
      name: 'Rasa Kavaliauskienė',
      organisation: 'Vilniaus miesto savivaldybės Vaiko teisių apsaugos skyrius',
      userId: null,
      personId: null,
    })
    expect(conference.steps).toHaveLength(2)
    expect(conference.steps[0]).toMatchObject({
      goalId,
      dueOn: dueOn(8),
      responsible: { id: c.staff.teamSpecialist.user.id },
    })

    const [stored] = await t.db.select().from(caseConferences).where(eq(caseConferences.id, conference.id))
    expect(stored?.familyId).toBe(c.family.id)
    const steps = await t.db
      .select()
      .from(caseConferenceSteps)
      .where(eq(caseConferenceSteps.conferenceId, conference.id))
    expect(steps).toHaveLength(2)
    expect(await auditCount(t, c.staff.caseManager.user.id, 'conference.create', conference.id)).toBe(1)

    const read = await t
      .http()
      .get(familyUrl(c.family.id, `/conferences/${conference.id}`))
      .set(c.staff.teamSpecialist.auth)
    expect(read.status).toBe(200)
    expect(read.body).toEqual(conference)
    expect(await auditCount(t, c.staff.teamSpecialist.user.id, 'conference.read', conference.id)).toBe(1)
  })

  it('refuses a member of another family as a participant, storing nothing', async () => {
    const other = await otherFamily(t)
    const before = await conferenceCount(c.family.id)
    const response = await t
      .http()
      .post(familyUrl(c.family.id, '/conferences'))
      .set(c.staff.caseManager.auth)
      .send(
        conferenceBody({
          participants: [
            { kind: 'staff', userId: c.staff.caseManager.user.id },
            { kind: 'family_member', personId: other.member.personId },
          ],
        }),
      )
    expectValidationProblem(response, ['/participants/1/personId'])
    expect(await conferenceCount(c.family.id)).toBe(before)
    const [participants] = await t.db
      .select({ n: count() })
      .from(caseConferenceParticipants)
      .where(eq(caseConferenceParticipants.personId, other.member.personId))
    expect(participants?.n).toBe(0)
  })

  it('refuses a person who has moved to another family, and a membership id in place of a person id', async () => {
    const setup = await caseWithTeam(t)
    const coordinator = setup.staff.coordinator.auth
    const second = await t
      .http()
      .post('/api/v1/families')
      .set(coordinator)
      .send({
        municipality: 'Vilniaus miesto savivaldybė',
        referralSource: 'self',
        riskFactors: ['mental_health'],
      })
    expect(second.status).toBe(201)
    const moved = await t
      .http()
      .post(familyUrl(setup.family.id, `/members/${setup.child.id}/move`))
      .set(coordinator)
      .send({ toFamilyId: second.body.id })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    const response = await t
      .http()
      .post(familyUrl(setup.family.id, '/conferences'))
      .set(setup.staff.caseManager.auth)
      .send({
        heldAt: inDays(1),
        agenda: 'Posėdis',
        participants: [
          { kind: 'family_member', personId: setup.child.personId },
          { kind: 'family_member', personId: setup.parent.id },
        ],
      })
    expectValidationProblem(response, ['/participants/0/personId', '/participants/1/personId'])
    expect(await conferenceCount(setup.family.id)).toBe(0)
  })

  it("refuses a goal of another family's plan, storing nothing", async () => {
    const other = await otherFamily(t)
    const foreignGoal = await insertGoal(t, other.family.id, other.caseManager.user.id)
    const before = await conferenceCount(c.family.id)
    const response = await t
      .http()
      .post(familyUrl(c.family.id, '/conferences'))
      .set(c.staff.caseManager.auth)
      .send(conferenceBody({ steps: [{ description: 'Žingsnis', goalId: foreignGoal }] }))
    expectValidationProblem(response, ['/steps/0/goalId'])
    expect(await conferenceCount(c.family.id)).toBe(before)
  })

  it('refuses staff of another organisation who are not on the team', async () => {
    const response = await t
      .http()
      .post(familyUrl(c.family.id, '/conferences'))
      .set(c.staff.caseManager.auth)
      .send(
        conferenceBody({
          participants: [{ kind: 'staff', userId: c.staff.otherOrganisationAdmin.user.id }],
          steps: [{ description: 'x', responsibleId: c.staff.otherOrganisationAdmin.user.id }],
        }),
      )
    expectValidationProblem(response, ['/participants/0/userId', '/steps/0/responsibleId'])
  })

  it('refuses an external participant without a name, and an unknown kind', async () => {
    const response = await t
      .http()
      .post(familyUrl(c.family.id, '/conferences'))
      .set(c.staff.caseManager.auth)
      .send(conferenceBody({ participants: [{ kind: 'external', organisation: 'VTAS' }] }))
    expectProblem(response, 400, '/problems/validation')
    const unknown = await t
      .http()
      .post(familyUrl(c.family.id, '/conferences'))
      .set(c.staff.caseManager.auth)
      .send(conferenceBody({ participants: [{ kind: 'neighbour', name: 'X' }] }))
    expectProblem(unknown, 400, '/problems/validation')
  })

  it('is for those who manage the family: a team specialist gets 403, a coordinator may', async () => {
    const before = await conferenceCount(c.family.id)
    const response = await t
      .http()
      .post(familyUrl(c.family.id, '/conferences'))
      .set(c.staff.teamSpecialist.auth)
      .send(conferenceBody())
    expectProblem(response, 403, '/problems/forbidden')
    expect(await conferenceCount(c.family.id)).toBe(before)
    const byCoordinator = await t
      .http()
      .post(familyUrl(c.family.id, '/conferences'))
      .set(c.staff.coordinator.auth)
      .send(conferenceBody())
    expect(byCoordinator.status).toBe(201)
  })
})

describe('PATCH /api/v1/families/:familyId/conferences/:conferenceId', () => {
  it('records decisions and replaces the next steps after the meeting', async () => {
    const created = await t
      .http()
      .post(familyUrl(c.family.id, '/conferences'))
      .set(c.staff.caseManager.auth)
      .send(conferenceBody({ heldAt: inDays(3), steps: [{ description: 'Pirminis žingsnis' }] }))
    expect(created.status).toBe(201)
    const id = created.body.id as string
    expect(created.body.decisions).toBeNull()
    const response = await t
      .http()
      .patch(familyUrl(c.family.id, `/conferences/${id}`))
      .set(c.staff.teamCaseManager.auth)
      .send({
        decisions: 'Tėvai sutiko dėl grafiko.',
        steps: [
          {
            description: 'Parengti grafiką',
            responsibleId: c.staff.teamCaseManager.user.id,
            dueOn: dueOn(18),
          },
        ],
      })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.decisions).toBe('Tėvai sutiko dėl grafiko.')
    expect(response.body.steps).toHaveLength(1)
    expect(response.body.steps[0].description).toBe('Parengti grafiką')
    expect(response.body.participants).toHaveLength(4)
    expect(await auditCount(t, c.staff.teamCaseManager.user.id, 'conference.update', id)).toBe(1)
  })

  it('answers 404 for a conference of another family', async () => {
    const other = await otherFamily(t)
    const foreign = await t
      .http()
      .post(familyUrl(other.family.id, '/conferences'))
      .set(other.caseManager.auth)
      .send({ heldAt: inDays(-2), agenda: 'Kita šeima', participants: [{ kind: 'external', name: 'X' }] })
    expect(foreign.status).toBe(201)
    const response = await t
      .http()
      .patch(familyUrl(c.family.id, `/conferences/${foreign.body.id}`))
      .set(c.staff.caseManager.auth)
      .send({ decisions: 'x' })
    expectProblem(response, 404, '/problems/not-found')
    const get = await t
      .http()
      .get(familyUrl(c.family.id, `/conferences/${foreign.body.id}`))
      .set(c.staff.caseManager.auth)
    expectProblem(get, 404, '/problems/not-found')
  })
})

describe('GET /api/v1/families/:familyId/conferences', () => {
  it('lists the latest first with cursor paging, and audits the list', async () => {
    const setup = await caseWithTeam(t)
    const auth = setup.staff.caseManager.auth
    for (const days of [-10, -5, -1])
      expect(
        (
          await t
            .http()
            .post(familyUrl(setup.family.id, '/conferences'))
            .set(auth)
            .send({
              heldAt: inDays(days),
              agenda: `Posėdis ${days}`,
              participants: [{ kind: 'external', name: 'X' }],
            })
        ).status,
      ).toBe(201)
    const first = await t.http().get(familyUrl(setup.family.id, '/conferences')).query({ limit: 2 }).set(auth)
    expect(first.status).toBe(200)
    expect(first.body.items.map((i: Conference) => i.agenda)).toEqual(['Posėdis -1', 'Posėdis -5'])
    const second = await t
      .http()
      .get(familyUrl(setup.family.id, '/conferences'))
      .query({ limit: 2, cursor: first.body.nextCursor })
      .set(auth)
    expect(second.body.items.map((i: Conference) => i.agenda)).toEqual(['Posėdis -10'])
    expect(second.body.nextCursor).toBeNull()
    expect(await auditCount(t, setup.staff.caseManager.user.id, 'conference.list', setup.family.id)).toBe(2)
  })
})

describe('GET /api/v1/conferences/upcoming', () => {
  it("lists future conferences of the caller's families, soonest first", async () => {
    const setup = await caseWithTeam(t)
    const other = await otherFamily(t)
    const post = (familyId: string, auth: { authorization: string }, days: number) =>
      t
        .http()
        .post(familyUrl(familyId, '/conferences'))
        .set(auth)
        .send({
          heldAt: inDays(days),
          agenda: `Po ${days} d.`,
          participants: [{ kind: 'external', name: 'X' }],
        })
    for (const days of [7, -3, 2])
      expect((await post(setup.family.id, setup.staff.caseManager.auth, days)).status).toBe(201)
    expect((await post(other.family.id, other.caseManager.auth, 1)).status).toBe(201)

    const response = await t.http().get('/api/v1/conferences/upcoming').set(setup.staff.teamSpecialist.auth)
    expect(response.status).toBe(200)
    expect(response.body.items.map((i: { agenda: string }) => i.agenda)).toEqual(['Po 2 d.', 'Po 7 d.'])
    expect(response.body.items[0]).toMatchObject({
      familyId: setup.family.id,
      familyReferenceCode: setup.family.referenceCode,
    })
    const page = await t
      .http()
      .get('/api/v1/conferences/upcoming')
      .query({ limit: 1 })
      .set(setup.staff.teamSpecialist.auth)
    expect(page.body.items.map((i: { agenda: string }) => i.agenda)).toEqual(['Po 2 d.'])
    const next = await t
      .http()
      .get('/api/v1/conferences/upcoming')
      .query({ limit: 1, cursor: page.body.nextCursor })
      .set(setup.staff.teamSpecialist.auth)
    expect(next.body.items.map((i: { agenda: string }) => i.agenda)).toEqual(['Po 7 d.'])

    const outsider = await t
      .http()
      .get('/api/v1/conferences/upcoming')
      .set(setup.staff.offTeamSpecialist.auth)
    expect(outsider.body.items).toEqual([])
    expect(await auditCount(t, setup.staff.teamSpecialist.user.id, 'conference.list')).toBe(3)
  })
})

describe('next steps due before today', () => {
  const step = (dueOn: string) => ({ description: 'Susitikti su mokykla.', dueOn })

  it('are refused with 422 past-date-unconfirmed until confirmed, then recorded', async () => {
    const before = await t.db.select({ n: count() }).from(caseConferences)
    const refused = await t
      .http()
      .post(familyUrl(c.family.id, '/conferences'))
      .set(c.staff.caseManager.auth)
      .send(conferenceBody({ heldAt: inDays(-40), steps: [step(dueOn(18)), step(dueOn(-10))] }))
    expectProblem(refused, 422, '/problems/past-date-unconfirmed')
    expect(await t.db.select({ n: count() }).from(caseConferences)).toEqual(before)
    const confirmed = await t
      .http()
      .post(familyUrl(c.family.id, '/conferences'))
      .set(c.staff.caseManager.auth)
      .send(conferenceBody({ heldAt: inDays(-40), steps: [step(dueOn(-10))], pastDateConfirmed: true }))
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(201)
    expect(confirmed.body.steps[0].dueOn).toBe(dueOn(-10))
  })

  it('keep a past due date the conference already had without a new confirmation', async () => {
    const created = await t
      .http()
      .post(familyUrl(c.family.id, '/conferences'))
      .set(c.staff.caseManager.auth)
      .send(conferenceBody({ steps: [step(dueOn(-5))], pastDateConfirmed: true }))
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const path = familyUrl(c.family.id, `/conferences/${created.body.id}`)
    const kept = await t
      .http()
      .patch(path)
      .set(c.staff.caseManager.auth)
      .send({ steps: [step(dueOn(-5)), step(dueOn(4))] })
    expect(kept.status, JSON.stringify(kept.body)).toBe(200)
    const moved = await t
      .http()
      .patch(path)
      .set(c.staff.caseManager.auth)
      .send({ steps: [step(dueOn(-6))] })
    expectProblem(moved, 422, '/problems/past-date-unconfirmed')
  })

  it('is refused at the field more than a year back, even confirmed', async () => {
    const response = await t
      .http()
      .post(familyUrl(c.family.id, '/conferences'))
      .set(c.staff.caseManager.auth)
      .send(conferenceBody({ steps: [step(dueOn(5)), step(dueOn(-400))], pastDateConfirmed: true }))
    expectValidationProblem(response, ['/steps/1/dueOn'])
  })
})
