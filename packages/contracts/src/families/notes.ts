import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, FreeText, Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { defineRoute } from '../route.js'
import { NoteVisibilitySchema } from './case-reference.js'
import { StaffRef } from './family.js'

export const NOTE_TEXT_MAX_LENGTH = 20_000

const NoteText = FreeText(NOTE_TEXT_MAX_LENGTH, {
  description: 'Plain text, stored exactly as sent; clients must escape it when they show it.',
  examples: ['Mama pranešė, kad tėvas vakar neatvežė vaikų sutartu laiku.'],
})

export const CaseNote = Type.Object(
  {
    id: Uuid,
    familyId: Uuid,
    author: StaffRef,
    visibility: NoteVisibilitySchema,
    annotatesId: Type.Union([Uuid, Type.Null()], {
      description: 'Set on an annotation: the note it corrects or comments on.',
    }),
    text: Type.String({ description: 'The latest version of the text.' }),
    version: Type.Integer({ minimum: 1, description: '1 for a note never edited.', examples: [1] }),
    createdAt: Timestamp,
    editedAt: Timestamp,
  },
  { title: 'CaseNote', additionalProperties: false },
)
export type CaseNote = Static<typeof CaseNote>

export const CaseNoteVersion = Type.Object(
  {
    version: Type.Integer({ minimum: 1, examples: [1] }),
    text: Type.String(),
    editedBy: StaffRef,
    editedAt: Timestamp,
  },
  { title: 'CaseNoteVersion', additionalProperties: false },
)

export const CreateCaseNoteBody = Type.Object(
  { text: NoteText, visibility: NoteVisibilitySchema },
  {
    additionalProperties: false,
    examples: [{ text: 'Mama pranešė, kad tėvas vakar neatvežė vaikų sutartu laiku.', visibility: 'team' }],
  },
)

export const UpdateCaseNoteBody = Type.Object(
  { text: NoteText },
  {
    additionalProperties: false,
    description: 'Only the author edits a note; the earlier text stays as an earlier version.',
    examples: [{ text: 'Mama pranešė, kad tėvas užvakar neatvežė vaikų sutartu laiku.' }],
  },
)

export const AnnotateCaseNoteBody = Type.Object(
  { text: NoteText },
  {
    additionalProperties: false,
    description: 'A correction or comment; it has the visibility of the note it annotates.',
    examples: [{ text: 'Patikslinimas: vaikai buvo atvežti kitą dieną.' }],
  },
)

export const ListCaseNotesQuery = Type.Object({ ...PageQuery }, { additionalProperties: false })
export const CaseNoteList = Page(CaseNote, 'CaseNoteList')
export const CaseNoteVersionList = Type.Object(
  { items: Type.Array(CaseNoteVersion, { description: 'Oldest first.' }) },
  { title: 'CaseNoteVersionList' },
)

const FamilyParams = Type.Object({ familyId: Uuid }, { additionalProperties: false })
const NoteParams = Type.Object({ familyId: Uuid, noteId: Uuid }, { additionalProperties: false })
const tags = ['Case notes'] as const
const NOT_READABLE = 'A note the caller may not read answers 404, as if it did not exist.'

export const noteRoutes = {
  createCaseNote: defineRoute({
    method: 'POST',
    path: '/api/v1/families/:familyId/notes',
    operationId: 'createCaseNote',
    summary: 'Write a case note',
    description:
      "For the family's case team (specialists too) and those who manage it. `case_manager` notes are read only by the responsible case manager and their author.",
    tags,
    access: 'authenticated',
    params: FamilyParams,
    body: CreateCaseNoteBody,
    response: { 201: CaseNote, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
  }),
  listCaseNotes: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId/notes',
    operationId: 'listCaseNotes',
    summary: "A family's case notes the caller may read, newest first",
    tags,
    access: 'authenticated',
    params: FamilyParams,
    querystring: ListCaseNotesQuery,
    response: { 200: CaseNoteList, ...problems(400, 401, 404) },
  }),
  getCaseNote: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId/notes/:noteId',
    operationId: 'getCaseNote',
    summary: 'Get a case note',
    description: NOT_READABLE,
    tags,
    access: 'authenticated',
    params: NoteParams,
    response: { 200: CaseNote, ...problems(400, 401, 404) },
  }),
  updateCaseNote: defineRoute({
    method: 'PATCH',
    path: '/api/v1/families/:familyId/notes/:noteId',
    operationId: 'updateCaseNote',
    summary: 'Edit your own case note, keeping the earlier version',
    description: `Only the author edits a note; notes are never deleted. ${NOT_READABLE}`,
    tags,
    access: 'authenticated',
    params: NoteParams,
    body: UpdateCaseNoteBody,
    response: { 200: CaseNote, ...problems(...BODY_PROBLEMS, 401, 403, 404, 409) },
  }),
  listCaseNoteVersions: defineRoute({
    method: 'GET',
    path: '/api/v1/families/:familyId/notes/:noteId/versions',
    operationId: 'listCaseNoteVersions',
    summary: 'Every version of a case note, oldest first',
    description: NOT_READABLE,
    tags,
    access: 'authenticated',
    params: NoteParams,
    response: { 200: CaseNoteVersionList, ...problems(400, 401, 404) },
  }),
  annotateCaseNote: defineRoute({
    method: 'POST',
    path: '/api/v1/families/:familyId/notes/:noteId/annotations',
    operationId: 'annotateCaseNote',
    summary: 'Correct or comment on a case note with an annotation',
    description: `Records belong to the person: a correction is an annotation, never a deletion. ${NOT_READABLE}`,
    tags,
    access: 'authenticated',
    params: NoteParams,
    body: AnnotateCaseNoteBody,
    response: { 201: CaseNote, ...problems(...BODY_PROBLEMS, 401, 403, 404) },
  }),
} as const
