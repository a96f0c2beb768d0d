import type { CaseNote } from '@onestop/contracts'
import { asc, count, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { caseNotes, caseNoteVersions } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { expectProblem, expectValidationProblem } from '../support/problem.js'
import { type Auth, auditCount, type CaseSetup, caseWithTeam, familyUrl } from './support.js'

const t = useTestApp()
let c: CaseSetup

const notesUrl = (rest = '') => familyUrl(c.family.id, `/notes${rest}`)

async function writeNote(auth: Auth, text: string, visibility: 'team' | 'case_manager' = 'team') {
  const response = await t.http().post(notesUrl()).set(auth).send({ text, visibility })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as CaseNote
}

const noteCount = async () => {
  const [row] = await t.db.select({ n: count() }).from(caseNotes).where(eq(caseNotes.familyId, c.family.id))
  return row?.n ?? -1
}

beforeAll(async () => {
  c = await caseWithTeam(t)
})

describe('POST /api/v1/families/:familyId/notes', () => {
  it('lets any team member write a note, specialists too, and audits it', async () => {
    const note = await writeNote(c.staff.teamSpecialist.auth, 'Vaikas kalbėjo apie baimę grįžti namo.')
    expect(note).toMatchObject({
      familyId: c.family.id,
      author: { id: c.staff.teamSpecialist.user.id },
      visibility: 'team',
      annotatesId: null,
      version: 1,
      text: 'Vaikas kalbėjo apie baimę grįžti namo.',
    })
    const [version] = await t.db.select().from(caseNoteVersions).where(eq(caseNoteVersions.noteId, note.id))
    expect(version).toMatchObject({ version: 1, editedById: c.staff.teamSpecialist.user.id })
    expect(await auditCount(t, c.staff.teamSpecialist.user.id, 'note.create', note.id)).toBe(1)
  })

  it('stores HTML and script text verbatim, whitespace included', async () => {
    const text = '  <script>alert("x")</script><b onmouseover="steal()">Tėvas</b> & "mama"\n'
    const note = await writeNote(c.staff.caseManager.auth, text)
    expect(note.text).toBe(text)
    const [stored] = await t.db.select().from(caseNoteVersions).where(eq(caseNoteVersions.noteId, note.id))
    expect(stored?.text).toBe(text)
    const read = await t
      .http()
      .get(notesUrl(`/${note.id}`))
      .set(c.staff.caseManager.auth)
    expect(read.headers['content-type']).toMatch(/^application\/json/)
    expect(read.body.text).toBe(text)
  })

  it('refuses a 100 kB note and a blank one, storing nothing', async () => {
    const before = await noteCount()
    const huge = await t
      .http()
      .post(notesUrl())
      .set(c.staff.caseManager.auth)
      .send({ text: 'x'.repeat(100 * 1024), visibility: 'team' })
    expectValidationProblem(huge, ['/text'])
    const blank = await t
      .http()
      .post(notesUrl())
      .set(c.staff.caseManager.auth)
      .send({ text: ' \n\t ', visibility: 'team' })
    expectValidationProblem(blank, ['/text'])
    const exactlyMax = await t
      .http()
      .post(notesUrl())
      .set(c.staff.caseManager.auth)
      .send({ text: 'ž'.repeat(20_000), visibility: 'team' })
    expect(exactlyMax.status).toBe(201)
    expect(await noteCount()).toBe(before + 1)
  })
})

describe('note visibility', () => {
  it('shows a case_manager note only to the responsible case manager and its author', async () => {
    const secret = await writeNote(
      c.staff.teamCaseManager.auth,
      'Mama nurodė naują gyvenamąją vietą; tėvui nežinoti.',
      'case_manager',
    )
    const open = await writeNote(c.staff.teamCaseManager.auth, 'Bendra pastaba komandai.')
    const listed = async (auth: Auth) => {
      const response = await t.http().get(notesUrl()).query({ limit: 100 }).set(auth)
      expect(response.status).toBe(200)
      return (response.body.items as CaseNote[]).map((n) => n.id)
    }
    for (const key of ['caseManager', 'teamCaseManager'] as const) {
      expect(await listed(c.staff[key].auth)).toContain(secret.id)
      expect(
        (
          await t
            .http()
            .get(notesUrl(`/${secret.id}`))
            .set(c.staff[key].auth)
        ).status,
      ).toBe(200)
    }
    for (const key of ['teamSpecialist', 'coordinator', 'admin'] as const) {
      const ids = await listed(c.staff[key].auth)
      expect(ids, key).toContain(open.id)
      expect(ids, key).not.toContain(secret.id)
      for (const path of [`/${secret.id}`, `/${secret.id}/versions`])
        expectProblem(await t.http().get(notesUrl(path)).set(c.staff[key].auth), 404, '/problems/not-found')
      expectProblem(
        await t
          .http()
          .post(notesUrl(`/${secret.id}/annotations`))
          .set(c.staff[key].auth)
          .send({ text: 'x' }),
        404,
        '/problems/not-found',
      )
      expectProblem(
        await t
          .http()
          .patch(notesUrl(`/${secret.id}`))
          .set(c.staff[key].auth)
          .send({ text: 'x' }),
        404,
        '/problems/not-found',
      )
    }
  })

  it('annotations of a case_manager note keep its visibility', async () => {
    const secret = await writeNote(c.staff.caseManager.auth, 'Konfidencialu.', 'case_manager')
    const annotation = await t
      .http()
      .post(notesUrl(`/${secret.id}/annotations`))
      .set(c.staff.caseManager.auth)
      .send({ text: 'Patikslinimas.' })
    expect(annotation.status).toBe(201)
    expect(annotation.body).toMatchObject({ visibility: 'case_manager', annotatesId: secret.id })
    const asSpecialist = await t
      .http()
      .get(notesUrl(`/${annotation.body.id}`))
      .set(c.staff.teamSpecialist.auth)
    expectProblem(asSpecialist, 404, '/problems/not-found')
  })
})

describe('PATCH /api/v1/families/:familyId/notes/:noteId', () => {
  it('adds a version and keeps the original as an earlier one', async () => {
    const note = await writeNote(c.staff.teamSpecialist.auth, 'Susitikimas įvyko antradienį.')
    const edited = await t
      .http()
      .patch(notesUrl(`/${note.id}`))
      .set(c.staff.teamSpecialist.auth)
      .send({ text: 'Susitikimas įvyko trečiadienį.' })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body).toMatchObject({ id: note.id, version: 2, text: 'Susitikimas įvyko trečiadienį.' })
    expect(edited.body.createdAt).toBe(note.createdAt)

    const versions = await t
      .http()
      .get(notesUrl(`/${note.id}/versions`))
      .set(c.staff.caseManager.auth)
    expect(versions.status).toBe(200)
    expect(versions.body.items.map((v: { version: number; text: string }) => [v.version, v.text])).toEqual([
      [1, 'Susitikimas įvyko antradienį.'],
      [2, 'Susitikimas įvyko trečiadienį.'],
    ])
    const stored = await t.db
      .select()
      .from(caseNoteVersions)
      .where(eq(caseNoteVersions.noteId, note.id))
      .orderBy(asc(caseNoteVersions.version))
    expect(stored.map((v) => v.text)).toEqual([
      'Susitikimas įvyko antradienį.',
      'Susitikimas įvyko trečiadienį.',
    ])
    expect(await auditCount(t, c.staff.teamSpecialist.user.id, 'note.update', note.id)).toBe(1)
    expect(await auditCount(t, c.staff.caseManager.user.id, 'note.read', note.id)).toBe(1)
  })

  it('lets only the author edit: the responsible case manager gets 403 and nothing changes', async () => {
    const note = await writeNote(c.staff.teamSpecialist.auth, 'Specialisto pastaba.')
    for (const key of ['caseManager', 'coordinator', 'teamCaseManager'] as const) {
      const response = await t
        .http()
        .patch(notesUrl(`/${note.id}`))
        .set(c.staff[key].auth)
        .send({ text: 'Pakeista ne autoriaus.' })
      expectProblem(response, 403, '/problems/forbidden')
    }
    const stored = await t.db.select().from(caseNoteVersions).where(eq(caseNoteVersions.noteId, note.id))
    expect(stored.map((v) => v.text)).toEqual(['Specialisto pastaba.'])
  })

  it('edits under concurrency give consecutive versions, never a lost one', async () => {
    const note = await writeNote(c.staff.caseManager.auth, 'v1')
    const responses = await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((text) =>
        t
          .http()
          .patch(notesUrl(`/${note.id}`))
          .set(c.staff.caseManager.auth)
          .send({ text }),
      ),
    )
    for (const r of responses) expect(r.status, JSON.stringify(r.body)).toBe(200)
    const stored = await t.db.select().from(caseNoteVersions).where(eq(caseNoteVersions.noteId, note.id))
    expect(stored.map((v) => v.version).sort()).toEqual([1, 2, 3, 4, 5, 6])
  })
})

describe('corrections and deletion', () => {
  it('has no DELETE: the route does not exist, and the note stays', async () => {
    const note = await writeNote(c.staff.caseManager.auth, 'Neištrinama.')
    const response = await t
      .http()
      .delete(notesUrl(`/${note.id}`))
      .set(c.staff.caseManager.auth)
    expectProblem(response, 404, '/problems/not-found')
    expect(response.body.detail).toMatch(/^No route DELETE/)
    const [stored] = await t.db.select().from(caseNotes).where(eq(caseNotes.id, note.id))
    expect(stored).toBeDefined()
  })

  it('corrects a note with an annotation, which any team member may write', async () => {
    const note = await writeNote(c.staff.caseManager.auth, 'Vaikui 8 metai.')
    const response = await t
      .http()
      .post(notesUrl(`/${note.id}/annotations`))
      .set(c.staff.teamSpecialist.auth)
      .send({ text: 'Patikslinimas: vaikui 9 metai.' })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.headers.location).toBe(notesUrl(`/${response.body.id}`))
    expect(response.body).toMatchObject({
      annotatesId: note.id,
      visibility: 'team',
      author: { id: c.staff.teamSpecialist.user.id },
    })
    const original = await t
      .http()
      .get(notesUrl(`/${note.id}`))
      .set(c.staff.caseManager.auth)
    expect(original.body.text).toBe('Vaikui 8 metai.')
    const [row] = await t.db.select().from(caseNotes).where(eq(caseNotes.id, response.body.id))
    expect(row?.annotatesId).toBe(note.id)
    expect(await auditCount(t, c.staff.teamSpecialist.user.id, 'note.annotate', response.body.id)).toBe(1)
  })
})

describe('GET /api/v1/families/:familyId/notes', () => {
  it('pages newest first with a cursor and audits each page', async () => {
    const setup = await caseWithTeam(t)
    const auth = setup.staff.caseManager.auth
    const url = familyUrl(setup.family.id, '/notes')
    for (const text of ['pirma', 'antra', 'trečia'])
      expect((await t.http().post(url).set(auth).send({ text, visibility: 'team' })).status).toBe(201)
    const first = await t.http().get(url).query({ limit: 2 }).set(auth)
    expect(first.body.items.map((n: CaseNote) => n.text)).toEqual(['trečia', 'antra'])
    const second = await t.http().get(url).query({ limit: 2, cursor: first.body.nextCursor }).set(auth)
    expect(second.body.items.map((n: CaseNote) => n.text)).toEqual(['pirma'])
    expect(second.body.nextCursor).toBeNull()
    expect(await auditCount(t, setup.staff.caseManager.user.id, 'note.list', setup.family.id)).toBe(2)
    const bad = await t.http().get(url).query({ cursor: 'garbage' }).set(auth)
    expectValidationProblem(bad, ['/querystring/cursor'])
  })
})
