import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { contractRoute } from '../../plugins/contract-route.js'
import {
  createConference,
  getConference,
  listConferences,
  listUpcomingConferences,
  updateConference,
} from './conferences.js'
import { listConsents, recordConsent } from './consents.js'
import { annotateNote, createNote, getNote, listNotes, listNoteVersions, updateNote } from './notes.js'

/** Case conferences, case notes and consents: the records kept about a family's case. */
export async function caseRecordsRoutes(app: FastifyInstance) {
  contractRoute(app, routes.createConference, async (request, reply) => {
    const conference = await createConference(request.signedIn(), request.params.familyId, request.body)
    return reply
      .code(201)
      .header('location', `/api/v1/families/${conference.familyId}/conferences/${conference.id}`)
      .send(conference)
  })
  contractRoute(app, routes.listConferences, async (request) =>
    listConferences(request.signedIn(), request.params.familyId, request.query),
  )
  contractRoute(app, routes.getConference, async (request) =>
    getConference(request.signedIn(), request.params.familyId, request.params.conferenceId),
  )
  contractRoute(app, routes.updateConference, async (request) =>
    updateConference(request.signedIn(), request.params.familyId, request.params.conferenceId, request.body),
  )
  contractRoute(app, routes.listUpcomingConferences, async (request) =>
    listUpcomingConferences(request.signedIn(), request.query),
  )

  contractRoute(app, routes.createCaseNote, async (request, reply) => {
    const note = await createNote(request.signedIn(), request.params.familyId, request.body)
    return reply.code(201).header('location', `/api/v1/families/${note.familyId}/notes/${note.id}`).send(note)
  })
  contractRoute(app, routes.listCaseNotes, async (request) =>
    listNotes(request.signedIn(), request.params.familyId, request.query),
  )
  contractRoute(app, routes.getCaseNote, async (request) =>
    getNote(request.signedIn(), request.params.familyId, request.params.noteId),
  )
  contractRoute(app, routes.updateCaseNote, async (request) =>
    updateNote(request.signedIn(), request.params.familyId, request.params.noteId, request.body.text),
  )
  contractRoute(app, routes.listCaseNoteVersions, async (request) =>
    listNoteVersions(request.signedIn(), request.params.familyId, request.params.noteId),
  )
  contractRoute(app, routes.annotateCaseNote, async (request, reply) => {
    const note = await annotateNote(
      request.signedIn(),
      request.params.familyId,
      request.params.noteId,
      request.body.text,
    )
    return reply.code(201).header('location', `/api/v1/families/${note.familyId}/notes/${note.id}`).send(note)
  })

  contractRoute(app, routes.recordConsent, async (request, reply) => {
    const consent = await recordConsent(
      request.signedIn(),
      request.params.familyId,
      request.params.memberId,
      request.body,
    )
    return reply.code(201).header('location', `/api/v1/families/${consent.familyId}/consents`).send(consent)
  })
  contractRoute(app, routes.listConsents, async (request) =>
    listConsents(request.signedIn(), request.params.familyId),
  )
}
