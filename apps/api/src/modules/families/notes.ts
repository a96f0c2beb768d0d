import type { CaseNote, CreateCaseNoteBody, ListCaseNotesQuery } from '@onestop/contracts'
import { and, asc, desc, eq, max, or, type SQL, sql } from 'drizzle-orm'
import type { Static } from 'typebox'
import type { Database } from '../../db/client.js'
import { caseNotes, caseNoteVersions, users } from '../../db/schema/index.js'
import { audit } from '../../lib/audit.js'
import type { SignedInContext } from '../../lib/context.js'
import { decodeCursor, pageOf, pastTimeCursor } from '../../lib/cursor.js'
import { AccessEndedError, ForbiddenError, NotFoundError } from '../../lib/errors.js'
import { qualified } from '../../lib/sql.js'
import { accessDetails, type FamilyAccess, familyForActor } from './access.js'

/** Millisecond precision, so the keyset cursor (an ISO time) finds exactly the next row. */
const nowMs = sql`date_trunc('milliseconds', clock_timestamp())`

const selectNotes = (db: Database) =>
  db
    .select({
      note: caseNotes,
      authorName: users.name,
      text: caseNoteVersions.text,
      version: caseNoteVersions.version,
      editedAt: caseNoteVersions.editedAt,
    })
    .from(caseNotes)
    .innerJoin(users, eq(users.id, caseNotes.authorId))
    .innerJoin(
      caseNoteVersions,
      and(
        eq(caseNoteVersions.noteId, caseNotes.id),
        eq(
          caseNoteVersions.version,
          sql`(select max(v.version) from case_note_versions v where v.note_id = ${qualified(caseNotes.id)})`,
        ),
      ),
    )

type NoteRow = Awaited<ReturnType<ReturnType<typeof selectNotes>['execute']>>[number]

const toNote = ({ note, authorName, text, version, editedAt }: NoteRow): CaseNote => ({
  id: note.id,
  familyId: note.familyId,
  author: { id: note.authorId, name: authorName },
  visibility: note.visibility,
  annotatesId: note.annotatesId,
  text,
  version,
  createdAt: note.createdAt.toISOString(),
  editedAt: editedAt.toISOString(),
})

/** `case_manager` notes are read only by the responsible case manager and their author. */
const readableBy = (ctx: SignedInContext, access: FamilyAccess): SQL | undefined =>
  access.responsible ? undefined : or(eq(caseNotes.visibility, 'team'), eq(caseNotes.authorId, ctx.actor.id))

async function findNote(ctx: SignedInContext, access: FamilyAccess, noteId: string) {
  const [row] = await selectNotes(ctx.db).where(
    and(eq(caseNotes.id, noteId), eq(caseNotes.familyId, access.family.id), readableBy(ctx, access)),
  )
  if (!row) throw new NotFoundError('case note', noteId)
  return row
}

async function insertNote(
  ctx: SignedInContext,
  familyId: string,
  values: { text: string; visibility: CaseNote['visibility']; annotatesId: string | null },
) {
  const noteId = await ctx.db.transaction(async (tx) => {
    const [note] = await tx
      .insert(caseNotes)
      .values({
        familyId,
        authorId: ctx.actor.id,
        visibility: values.visibility,
        annotatesId: values.annotatesId,
        createdAt: nowMs,
      })
      .returning({ id: caseNotes.id })
    if (!note) throw new Error('note insert returned nothing')
    await tx
      .insert(caseNoteVersions)
      .values({ noteId: note.id, version: 1, text: values.text, editedById: ctx.actor.id, editedAt: nowMs })
    await audit(
      ctx,
      {
        action: values.annotatesId ? 'note.annotate' : 'note.create',
        entityType: 'case_note',
        entityId: note.id,
        details: {
          familyId,
          visibility: values.visibility,
          ...(values.annotatesId ? { annotatesId: values.annotatesId } : {}),
        },
      },
      tx,
    )
    return note.id
  })
  const [row] = await selectNotes(ctx.db).where(eq(caseNotes.id, noteId))
  if (!row) throw new AccessEndedError()
  return toNote(row)
}

export async function createNote(
  ctx: SignedInContext,
  familyId: string,
  body: Static<typeof CreateCaseNoteBody>,
) {
  await familyForActor(ctx, familyId, 'contribute')
  return insertNote(ctx, familyId, { text: body.text, visibility: body.visibility, annotatesId: null })
}

export async function listNotes(
  ctx: SignedInContext,
  familyId: string,
  query: Static<typeof ListCaseNotesQuery>,
) {
  const access = await familyForActor(ctx, familyId, 'read')
  const limit = query.limit ?? 20
  const cursor = decodeCursor(query.cursor, 'time')
  const rows = await selectNotes(ctx.db)
    .where(
      and(
        eq(caseNotes.familyId, familyId),
        readableBy(ctx, access),
        pastTimeCursor(caseNotes.createdAt, caseNotes.id, cursor, 'desc'),
      ),
    )
    .orderBy(desc(caseNotes.createdAt), desc(caseNotes.id))
    .limit(limit + 1)
  const page = pageOf(rows, limit, (row) => ({ k: row.note.createdAt.toISOString(), id: row.note.id }))
  await audit(ctx, {
    action: 'note.list',
    entityType: 'family',
    entityId: familyId,
    details: { notes: page.items.map((r) => r.note.id), ...accessDetails(access) },
  })
  return { items: page.items.map(toNote), nextCursor: page.nextCursor }
}

export async function getNote(ctx: SignedInContext, familyId: string, noteId: string) {
  const access = await familyForActor(ctx, familyId, 'read')
  const row = await findNote(ctx, access, noteId)
  await audit(ctx, {
    action: 'note.read',
    entityType: 'case_note',
    entityId: noteId,
    details: { familyId, ...accessDetails(access) },
  })
  return toNote(row)
}

/** Adds a version; the earlier text stays. Only the author edits, and only while still contributing. */
export async function updateNote(ctx: SignedInContext, familyId: string, noteId: string, text: string) {
  const access = await familyForActor(ctx, familyId, 'read')
  const row = await findNote(ctx, access, noteId)
  if (row.note.authorId !== ctx.actor.id) {
    await audit(ctx, {
      action: 'access.denied',
      outcome: 'denied',
      entityType: 'case_note',
      entityId: noteId,
      details: { familyId, reason: 'not the author of this note' },
    })
    throw new ForbiddenError('Only the author edits a note; annotate it to correct it.')
  }
  await familyForActor(ctx, familyId, 'contribute')
  await ctx.db.transaction(async (tx) => {
    await tx.select({ id: caseNotes.id }).from(caseNotes).where(eq(caseNotes.id, noteId)).for('update')
    const [latest] = await tx
      .select({ version: max(caseNoteVersions.version) })
      .from(caseNoteVersions)
      .where(eq(caseNoteVersions.noteId, noteId))
    const version = (latest?.version ?? 0) + 1
    await tx
      .insert(caseNoteVersions)
      .values({ noteId, version, text, editedById: ctx.actor.id, editedAt: nowMs })
    await audit(
      ctx,
      { action: 'note.update', entityType: 'case_note', entityId: noteId, details: { familyId, version } },
      tx,
    )
  })
  return toNote(await findNote(ctx, access, noteId))
}

export async function listNoteVersions(ctx: SignedInContext, familyId: string, noteId: string) {
  const access = await familyForActor(ctx, familyId, 'read')
  await findNote(ctx, access, noteId)
  const rows = await ctx.db
    .select({ version: caseNoteVersions, editorName: users.name })
    .from(caseNoteVersions)
    .innerJoin(users, eq(users.id, caseNoteVersions.editedById))
    .where(eq(caseNoteVersions.noteId, noteId))
    .orderBy(asc(caseNoteVersions.version))
  await audit(ctx, {
    action: 'note.read',
    entityType: 'case_note',
    entityId: noteId,
    details: { familyId, versions: rows.length, ...accessDetails(access) },
  })
  return {
    items: rows.map(({ version: v, editorName }) => ({
      version: v.version,
      text: v.text,
      editedBy: { id: v.editedById, name: editorName },
      editedAt: v.editedAt.toISOString(),
    })),
  }
}

/** A correction or comment is a new note pointing at the original, with the original's visibility. */
export async function annotateNote(ctx: SignedInContext, familyId: string, noteId: string, text: string) {
  const access = await familyForActor(ctx, familyId, 'read')
  const original = await findNote(ctx, access, noteId)
  await familyForActor(ctx, familyId, 'contribute')
  return insertNote(ctx, familyId, { text, visibility: original.note.visibility, annotatesId: noteId })
}
