import { ROLES } from '@onestop/contracts'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { createOrganisation, createUser, signedInUser } from '../support/factories.js'
import { familyPath, intakeFamily, memberBody, membersOf, uniqueName } from '../support/family-factories.js'
import { createPartnership } from '../support/partnership-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()
const ACTORS = '/api/v1/audit/actors'

interface Actor {
  id: string
  name: string
  organisationId: string
  organisationName: string
}

/**
 * A centre whose case manager shares a family with a partner NGO's psychologist, who reads it; a colleague
 * of the psychologist who never touches the centre's data; and an unrelated organisation's worker. Every
 * name carries one unique word, so a search for it finds only this scene's people.
 */
async function scene() {
  const word = uniqueName()
  const centre = await createOrganisation(t.db)
  const ngo = await createOrganisation(t.db, `Kretingos centras ${word}`)
  const stranger = await createOrganisation(t.db)
  const admin = await signedInUser(t, { roles: ['admin'], organisationId: centre.id, name: `Rasa ${word}` })
  const manager = await signedInUser(t, {
    roles: ['case_manager'],
    organisationId: centre.id,
    name: `Jonas ${word}`,
  })
  const idle = await createUser(t.db, { roles: ['intake'], organisationId: centre.id, name: `Idle ${word}` })
  const psychologist = await signedInUser(t, {
    roles: ['specialist'],
    professions: ['psychologist'],
    organisationId: ngo.id,
    name: `Ona ${word}ienė`,
  })
  const ngoColleague = await signedInUser(t, {
    roles: ['admin'],
    organisationId: ngo.id,
    name: `Eglė ${word}`,
  })
  const outsider = await signedInUser(t, {
    roles: ['admin'],
    organisationId: stranger.id,
    name: `Zita ${word}`,
  })

  const family = await intakeFamily(t, manager.auth, { members: [memberBody()] })
  const [member] = await membersOf(t, manager.auth, family.id)
  if (!member) throw new Error('no member')
  await createPartnership(t.db, centre.id, ngo.id)
  const consent = await t
    .http()
    .post(`${familyPath(family.id)}/members/${member.id}/consents`)
    .set(manager.auth)
    .send({ purpose: 'share_with_partners', given: true })
  expect(consent.status, JSON.stringify(consent.body)).toBe(201)
  const added = await t
    .http()
    .post(`${familyPath(family.id)}/team`)
    .set(manager.auth)
    .send({ userId: psychologist.user.id })
  expect(added.status, JSON.stringify(added.body)).toBe(201)
  const read = await t.http().get(familyPath(family.id)).set(psychologist.auth)
  expect(read.status, JSON.stringify(read.body)).toBe(200)
  // Both outsiders act, in their own organisations' logs only.
  expect((await t.http().get('/api/v1/users').set(ngoColleague.auth)).status).toBe(200)
  expect((await t.http().get('/api/v1/users').set(outsider.auth)).status).toBe(200)
  return { word, centre, ngo, admin, manager, idle, psychologist, ngoColleague, outsider }
}

const actors = async (auth: { authorization: string }, query: Record<string, string | number> = {}) => {
  const response = await t.http().get(ACTORS).query(query).set(auth)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return (response.body as { items: Actor[] }).items
}

describe('GET /api/v1/audit/actors', () => {
  it("finds the organisation's staff and a partner's worker who read a shared family, own staff first", async () => {
    const s = await scene()
    // Signing in is logged without an actor; the admin's first search of the log is the admin's first act.
    expect((await t.http().get('/api/v1/audit').set(s.admin.auth)).status).toBe(200)
    const found = await actors(s.admin.auth, { q: s.word.toUpperCase() })
    expect(found).toEqual([
      {
        id: s.manager.user.id,
        name: s.manager.user.name,
        organisationId: s.centre.id,
        organisationName: s.centre.name,
      },
      {
        id: s.admin.user.id,
        name: s.admin.user.name,
        organisationId: s.centre.id,
        organisationName: s.centre.name,
      },
      {
        id: s.psychologist.user.id,
        name: s.psychologist.user.name,
        organisationId: s.ngo.id,
        organisationName: s.ngo.name,
      },
    ])
  })

  it('never lists staff who did not act in this log: idle colleagues, partner staff elsewhere, strangers', async () => {
    const s = await scene()
    const ids = (await actors(s.admin.auth, { limit: 50 })).map((actor) => actor.id)
    expect(ids).toContain(s.psychologist.user.id)
    for (const absent of [s.idle.id, s.ngoColleague.user.id, s.outsider.user.id])
      expect(ids).not.toContain(absent)
    // The stranger's admin sees only its own worker, never the centre's or the partner's.
    expect(await actors(s.outsider.auth, { q: s.word })).toEqual([
      expect.objectContaining({ id: s.outsider.user.id }),
    ])
  })

  it('matches part of a name, takes LIKE wildcards literally and keeps to the limit', async () => {
    const s = await scene()
    expect((await actors(s.admin.auth, { q: `${s.word.slice(2)}IENĖ` })).map((a) => a.id)).toEqual([
      s.psychologist.user.id,
    ])
    expect(await actors(s.admin.auth, { q: `%${s.word}` })).toEqual([])
    expect(await actors(s.admin.auth, { q: s.word, limit: 1 })).toHaveLength(1)
  })

  it.each([
    ['a limit of 0', { limit: 0 }, ['/querystring/limit']],
    ['a limit above 50', { limit: 51 }, ['/querystring/limit']],
    ['a limit that is not a number', { limit: 'many' }, ['/querystring/limit']],
    ['a search longer than 100 characters', { q: 'x'.repeat(101) }, ['/querystring/q']],
    ['two searches', { q: ['ona', 'eglė'] }, ['/querystring/q']],
  ])('refuses %s with 400', async (_name, query, pointers) => {
    const admin = await signedInUser(t)
    expectValidationProblem(await t.http().get(ACTORS).query(query).set(admin.auth), pointers)
  })

  it('refuses an unknown parameter with 400', async () => {
    const admin = await signedInUser(t)
    expectProblem(
      await t.http().get(ACTORS).query({ actor: 'ona' }).set(admin.auth),
      400,
      '/problems/validation',
    )
  })

  it.each(ROLES.filter((role) => role !== 'admin'))('answers 403 to a user who is only %s', async (role) => {
    const user = await signedInUser(t, { roles: [role] })
    expectProblem(await t.http().get(ACTORS).set(user.auth), 403, '/problems/forbidden')
  })

  it('answers 401 without a token', async () => {
    expectProblem(await t.http().get(ACTORS), 401, '/problems/unauthorized')
  })
})
