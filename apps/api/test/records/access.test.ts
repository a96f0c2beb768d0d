import { and, count, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditLog, caseConferences, caseNotes, consents } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { expectProblem } from '../support/problem.js'
import { auditCount, type CaseSetup, caseWithTeam, familyUrl, OUTSIDERS } from './support.js'

const t = useTestApp()
let c: CaseSetup
let conferenceId: string
let noteId: string

interface Call {
  method: 'get' | 'post' | 'patch'
  path: () => string
  body?: Record<string, unknown>
}

const CALLS: Call[] = [
  { method: 'get', path: () => familyUrl(c.family.id, '/conferences') },
  {
    method: 'post',
    path: () => familyUrl(c.family.id, '/conferences'),
    body: {
      heldAt: '2026-12-01T10:00:00+02:00',
      agenda: 'x',
      participants: [{ kind: 'external', name: 'X' }],
    },
  },
  { method: 'get', path: () => familyUrl(c.family.id, `/conferences/${conferenceId}`) },
  {
    method: 'patch',
    path: () => familyUrl(c.family.id, `/conferences/${conferenceId}`),
    body: { decisions: 'x' },
  },
  { method: 'get', path: () => familyUrl(c.family.id, '/notes') },
  { method: 'post', path: () => familyUrl(c.family.id, '/notes'), body: { text: 'x', visibility: 'team' } },
  { method: 'get', path: () => familyUrl(c.family.id, `/notes/${noteId}`) },
  { method: 'patch', path: () => familyUrl(c.family.id, `/notes/${noteId}`), body: { text: 'x' } },
  { method: 'get', path: () => familyUrl(c.family.id, `/notes/${noteId}/versions`) },
  { method: 'post', path: () => familyUrl(c.family.id, `/notes/${noteId}/annotations`), body: { text: 'x' } },
  { method: 'get', path: () => familyUrl(c.family.id, '/consents') },
  {
    method: 'post',
    path: () => familyUrl(c.family.id, `/members/${c.parent.id}/consents`),
    body: { purpose: 'research', given: true },
  },
]

const rowCount = async () => {
  const [conferences] = await t.db
    .select({ n: count() })
    .from(caseConferences)
    .where(eq(caseConferences.familyId, c.family.id))
  const [notes] = await t.db.select({ n: count() }).from(caseNotes).where(eq(caseNotes.familyId, c.family.id))
  const [given] = await t.db.select({ n: count() }).from(consents).where(eq(consents.familyId, c.family.id))
  return [conferences?.n, notes?.n, given?.n]
}

beforeAll(async () => {
  c = await caseWithTeam(t)
  const conference = await t
    .http()
    .post(familyUrl(c.family.id, '/conferences'))
    .set(c.staff.caseManager.auth)
    .send({
      heldAt: '2026-11-20T10:00:00+02:00',
      agenda: 'Pirmas posėdis',
      participants: [{ kind: 'external', name: 'X' }],
    })
  expect(conference.status).toBe(201)
  conferenceId = conference.body.id
  const note = await t
    .http()
    .post(familyUrl(c.family.id, '/notes'))
    .set(c.staff.caseManager.auth)
    .send({ text: 'Pastaba', visibility: 'team' })
  expect(note.status).toBe(201)
  noteId = note.body.id
})

describe('staff outside the case team', () => {
  it.each(OUTSIDERS)(
    '%s gets 404 on every conference, note and consent route, and changes nothing',
    async (key) => {
      const before = await rowCount()
      for (const call of CALLS) {
        let request = t.http()[call.method](call.path()).set(c.staff[key].auth)
        if (call.body) request = request.send(call.body)
        expectProblem(await request, 404, '/problems/not-found')
      }
      expect(await rowCount()).toEqual(before)
    },
  )
})

describe('the audit log', () => {
  it('has a row for every read and write, with the entity', async () => {
    const cm = c.staff.caseManager
    const http = () => t.http()
    const expectAudited = async (
      action: string,
      entityId: string,
      run: () => Promise<{ status: number }>,
    ) => {
      const before = await auditCount(t, cm.user.id, action, entityId)
      const response = await run()
      expect(response.status, action).toBeLessThan(300)
      expect(await auditCount(t, cm.user.id, action, entityId), action).toBe(before + 1)
    }
    await expectAudited('conference.list', c.family.id, () =>
      http().get(familyUrl(c.family.id, '/conferences')).set(cm.auth),
    )
    await expectAudited('conference.read', conferenceId, () =>
      http()
        .get(familyUrl(c.family.id, `/conferences/${conferenceId}`))
        .set(cm.auth),
    )
    await expectAudited('conference.update', conferenceId, () =>
      http()
        .patch(familyUrl(c.family.id, `/conferences/${conferenceId}`))
        .set(cm.auth)
        .send({ decisions: 'd' }),
    )
    await expectAudited('note.list', c.family.id, () =>
      http().get(familyUrl(c.family.id, '/notes')).set(cm.auth),
    )
    await expectAudited('note.read', noteId, () =>
      http()
        .get(familyUrl(c.family.id, `/notes/${noteId}`))
        .set(cm.auth),
    )
    await expectAudited('note.update', noteId, () =>
      http()
        .patch(familyUrl(c.family.id, `/notes/${noteId}`))
        .set(cm.auth)
        .send({ text: 'Pastaba 2' }),
    )
    await expectAudited('consent.list', c.family.id, () =>
      http().get(familyUrl(c.family.id, '/consents')).set(cm.auth),
    )
    await expectAudited('consent.create', c.parent.personId, () =>
      http()
        .post(familyUrl(c.family.id, `/members/${c.parent.id}/consents`))
        .set(cm.auth)
        .send({ purpose: 'research', given: false }),
    )
    expect(await auditCount(t, cm.user.id, 'conference.create', conferenceId)).toBe(1)
    expect(await auditCount(t, cm.user.id, 'note.create', noteId)).toBe(1)
  })

  it('records a refused edit of somebody else’s note as denied', async () => {
    const response = await t
      .http()
      .patch(familyUrl(c.family.id, `/notes/${noteId}`))
      .set(c.staff.teamSpecialist.auth)
      .send({ text: 'x' })
    expectProblem(response, 403, '/problems/forbidden')
    expect(await auditCount(t, c.staff.teamSpecialist.user.id, 'access.denied', noteId)).toBe(1)
  })
})

describe('break-glass access', () => {
  it('lets an emergency reader read team notes, flagged in the audit, but not write', async () => {
    const reader = c.staff.offTeamSpecialist
    const granted = await t
      .http()
      .post(familyUrl(c.family.id, '/break-glass'))
      .set(reader.auth)
      .send({ reason: 'Vaikas atvyko į krizių centrą naktį, atvejo vadybininkės nėra.' })
    expect(granted.status, JSON.stringify(granted.body)).toBe(201)
    const list = await t.http().get(familyUrl(c.family.id, '/notes')).set(reader.auth)
    expect(list.status).toBe(200)
    expect(list.body.items.map((n: { id: string }) => n.id)).toContain(noteId)
    const [row] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, reader.user.id), eq(auditLog.action, 'note.list')))
    expect(row?.details).toMatchObject({ breakGlass: true })
    const write = await t
      .http()
      .post(familyUrl(c.family.id, '/notes'))
      .set(reader.auth)
      .send({ text: 'x', visibility: 'team' })
    expectProblem(write, 403, '/problems/forbidden')
  })
})
