import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { createUser, signedInUser } from '../support/factories.js'
import { familyPath, intakeFamily, type SignedIn, staffedCentre } from '../support/family-factories.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'

const t = useTestApp()
const AUDIT = '/api/v1/audit'

interface Line {
  id: string
  at: string
  actorId: string | null
  actorName: string | null
  action: string
  entityType: string | null
  entityId: string | null
  subjectLabel: string | null
  details: Record<string, unknown>
  folded: { id: string; at: string; action: string; subjectLabel: string | null }[]
}

const search = async (admin: SignedIn, query: Record<string, string | number>) => {
  const response = await t.http().get(AUDIT).query(query).set(admin.auth)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body as { items: Line[]; nextCursor: string | null }
}

/** Log rows written straight into the log by one actor, `seconds` after a fixed far-future minute. */
async function logged(
  organisationId: string,
  actorId: string | null,
  rows: { seconds: number; action: string; outcome?: 'success' | 'denied'; entityId?: string }[],
) {
  const ids: string[] = []
  for (const row of rows) {
    const [entry] = await t.db
      .insert(auditLog)
      .values({
        organisationId,
        dataOrganisationId: organisationId,
        actorId,
        action: row.action,
        outcome: row.outcome ?? 'success',
        entityType: row.entityId ? 'family' : null,
        entityId: row.entityId ?? null,
        at: sql`'2040-01-01T10:00:00Z'::timestamptz + make_interval(secs => ${row.seconds})`,
      })
      .returning({ id: auditLog.id })
    if (entry) ids.push(entry.id)
  }
  return ids
}

describe('GET /api/v1/audit in words', () => {
  it("names the actor and the subject: a family's reference, a user's name", async () => {
    const s = await staffedCentre(t)
    const family = await intakeFamily(t, s.intakeOwner.auth)
    await t.http().get(familyPath(family.id)).set(s.intakeOwner.auth).expect(200)
    await t.http().get(`/api/v1/users/${s.caseManager.user.id}`).set(s.admin.auth).expect(200)

    const reads = await search(s.admin, { action: 'family.read' })
    expect(reads.items).toHaveLength(1)
    expect(reads.items[0]).toMatchObject({
      actorName: s.intakeOwner.user.name,
      entityId: family.id,
      subjectLabel: family.referenceCode,
    })
    const userRead = await search(s.admin, { action: 'user.read' })
    expect(userRead.items[0]).toMatchObject({
      actorName: s.admin.user.name,
      subjectLabel: s.caseManager.user.name,
    })
  })

  it("leaves a family of another organisation unnamed, and ignores that organisation's entries", async () => {
    const s = await staffedCentre(t)
    const stranger = await signedInUser(t, { roles: ['intake'] })
    const theirs = await intakeFamily(t, stranger.auth)
    const [mine] = await logged(s.admin.user.organisationId, s.admin.user.id, [
      { seconds: 0, action: 'family.read', entityId: theirs.id },
    ])
    const { items } = await search(s.admin, { entityId: theirs.id })
    expect(items.map((e) => [e.id, e.subjectLabel])).toEqual([[mine, null]])
  })

  it('folds one page view’s list reads by one actor into one line, and keeps every entry', async () => {
    const s = await staffedCentre(t)
    const org = s.admin.user.organisationId
    const worker = s.caseManager.user.id
    const familyId = randomUUID()
    // Newest first: three list reads within seconds, a read, then a list read half a minute earlier.
    const [read] = await logged(org, worker, [{ seconds: 5, action: 'family.read', entityId: familyId }])
    const burst = await logged(org, worker, [
      { seconds: 4, action: 'member.list', entityId: familyId },
      { seconds: 2, action: 'note.list', entityId: familyId },
      { seconds: 0, action: 'family.list' },
    ])
    const [earlier] = await logged(org, worker, [{ seconds: -30, action: 'family.list' }])
    // A refused list read is never folded: it is shown on its own.
    const [denied] = await logged(org, worker, [{ seconds: -31, action: 'family.list', outcome: 'denied' }])

    const { items } = await search(s.admin, { actorId: worker })
    expect(items.map((e) => [e.id, e.folded.map((f) => f.id)])).toEqual([
      [read, []],
      [burst[0], [burst[1], burst[2]]],
      [earlier, []],
      [denied, []],
    ])
    expect(items[1]?.folded.map((f) => f.action)).toEqual(['note.list', 'family.list'])
  })

  it('folds neighbours in the filtered log, never two actors’ reads, and never pages through a line', async () => {
    const s = await staffedCentre(t)
    const org = s.admin.user.organisationId
    const one = s.caseManager.user.id
    const other = s.coordinator.user.id
    const first = await logged(org, one, [
      { seconds: 9, action: 'member.list' },
      { seconds: 8, action: 'note.list' },
    ])
    const [between] = await logged(org, other, [{ seconds: 7, action: 'member.list' }])
    const last = await logged(org, one, [
      { seconds: 6, action: 'consent.list' },
      { seconds: 5, action: 'plan.list' },
      { seconds: 4, action: 'note.list' },
    ])
    // Filtered to note.list, the two are neighbours: one line.
    const notes = await search(s.admin, { action: 'note.list', from: '2040-01-01T10:00:00Z' })
    expect(notes.items.map((e) => [e.id, e.folded.map((f) => f.id)])).toEqual([[first[1], [last[2]]]])

    const everything = await search(s.admin, { from: '2040-01-01T10:00:00Z', limit: 2 })
    expect(everything.items.map((e) => [e.id, e.folded.map((f) => f.id)])).toEqual([
      [first[0], [first[1]]],
      [between, []],
    ])
    const rest = await search(s.admin, {
      from: '2040-01-01T10:00:00Z',
      limit: 2,
      cursor: everything.nextCursor ?? '',
    })
    expect(rest.items.map((e) => [e.id, e.folded.map((f) => f.id)])).toEqual([[last[0], [last[1], last[2]]]])
    expect(rest.nextCursor).toBeNull()
  })

  it('filters by family, by id or by reference: entries about it, its records and lists that showed it', async () => {
    const s = await staffedCentre(t)
    const family = await intakeFamily(t, s.intakeOwner.auth)
    const other = await intakeFamily(t, s.intakeOwner.auth)
    await t.http().get(familyPath(family.id)).set(s.coordinator.auth).expect(200)
    await t.http().get(familyPath(other.id)).set(s.coordinator.auth).expect(200)
    await t.http().get('/api/v1/families').query({ limit: 100 }).set(s.coordinator.auth).expect(200)
    await t
      .http()
      .get(`${familyPath(family.id)}/notes`)
      .set(s.coordinator.auth)
      .expect(200)
    await t.db.insert(auditLog).values({
      organisationId: s.admin.user.organisationId,
      actorId: s.coordinator.user.id,
      action: 'note.read',
      outcome: 'success',
      entityType: 'case_note',
      entityId: randomUUID(),
      details: { familyId: family.id },
    })

    const byId = await search(s.admin, { familyId: family.id })
    // The intake writes family.create and member.create in one transaction, at one time: sorted.
    const actions = (lines: Line[]) =>
      lines.flatMap((e) => [e.action, ...e.folded.map((f) => f.action)]).sort()
    expect(actions(byId.items)).toEqual([
      'family.create',
      'family.list',
      'family.read',
      'member.create',
      'note.list',
      'note.read',
    ])
    const byReference = await search(s.admin, { familyReference: family.referenceCode })
    expect(byReference.items).toEqual(byId.items)
    const ofOther = await search(s.admin, { familyId: other.id })
    expect(actions(ofOther.items)).toEqual(['family.create', 'family.list', 'family.read', 'member.create'])
  })

  it('filters by a partner organisation’s worker who acted on this organisation’s data', async () => {
    const admin = await signedInUser(t)
    const partner = await createUser(t.db, { roles: ['specialist'] })
    const [entry] = await logged(admin.user.organisationId, null, [{ seconds: 0, action: 'family.read' }])
    await t.db.insert(auditLog).values({
      organisationId: partner.organisationId,
      dataOrganisationId: admin.user.organisationId,
      actorId: partner.id,
      action: 'family.read',
      outcome: 'success',
    })
    const { items } = await search(admin, { actorId: partner.id })
    expect(items).toHaveLength(1)
    expect(items[0]?.id).not.toBe(entry)
    expect(items[0]?.actorId).toBe(partner.id)
  })

  it.each([
    ['a family id nobody knows', { familyId: randomUUID() }],
    ['a family reference nobody knows', { familyReference: 'F-1999-9999' }],
    ['an actor nobody knows', { actorId: randomUUID() }],
  ])('answers 404 for %s', async (_name, query) => {
    const admin = await signedInUser(t)
    expectProblem(await t.http().get(AUDIT).query(query).set(admin.auth), 404, '/problems/not-found')
  })

  it("answers 404 for another organisation's family and user that never touched this one's data", async () => {
    const admin = await signedInUser(t)
    const stranger = await signedInUser(t, { roles: ['intake'] })
    const theirs = await intakeFamily(t, stranger.auth)
    for (const query of [
      { familyId: theirs.id },
      { familyReference: theirs.referenceCode },
      { actorId: stranger.user.id },
    ])
      expectProblem(await t.http().get(AUDIT).query(query).set(admin.auth), 404, '/problems/not-found')
  })

  it.each([
    ['a familyId that is not a UUID', { familyId: 'F-2026-0001' }, '/querystring/familyId'],
    ['a familyReference of the wrong shape', { familyReference: 'family 1' }, '/querystring/familyReference'],
    ['two familyIds', { familyId: [randomUUID(), randomUUID()] }, '/querystring/familyId'],
  ])('refuses %s with 400', async (_name, query, pointer) => {
    const admin = await signedInUser(t)
    expectValidationProblem(await t.http().get(AUDIT).query(query).set(admin.auth), [pointer])
  })
})
