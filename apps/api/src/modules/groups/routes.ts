import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { etagOf, versionFromIfMatch } from '../../lib/etag.js'
import { contractRoute } from '../../plugins/contract-route.js'
import { getAttendance, recordAttendance } from './attendance.js'
import { enrol, withdraw } from './enrolments.js'
import { getFidelity } from './fidelity.js'
import { listRuns } from './list.js'
import { recordMeasurement } from './outcome-measurements.js'
import { getRunOutcomes } from './outcomes.js'
import { listEnrolments } from './roster.js'
import { createRun, getRun, updateRun } from './runs.js'
import { addSession, cancelSession } from './sessions.js'

const GROUPS = '/api/v1/groups'

export async function groupRoutes(app: FastifyInstance) {
  contractRoute(app, routes.createGroupRun, async (request, reply) => {
    const run = await createRun(request.signedIn(), request.body)
    return reply
      .code(201)
      .header('location', `${GROUPS}/${run.id}`)
      .header('etag', etagOf(run.version))
      .send(run)
  })
  contractRoute(app, routes.listGroupRuns, async (request) => listRuns(request.signedIn(), request.query))
  contractRoute(app, routes.getGroupRun, async (request, reply) => {
    const run = await getRun(request.signedIn(), request.params.runId)
    return reply.header('etag', etagOf(run.version)).send(run)
  })
  contractRoute(app, routes.updateGroupRun, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'group run')
    const run = await updateRun(request.signedIn(), request.params.runId, version, request.body)
    return reply.header('etag', etagOf(run.version)).send(run)
  })
  contractRoute(app, routes.addGroupSession, async (request, reply) => {
    const { runId } = request.params
    const session = await addSession(request.signedIn(), runId, request.body)
    return reply.code(201).header('location', `${GROUPS}/${runId}`).send(session)
  })
  contractRoute(app, routes.cancelGroupSession, async (request) =>
    cancelSession(request.signedIn(), request.params.runId, request.params.sessionId, request.body.reason),
  )
  contractRoute(app, routes.enrolInGroupRun, async (request, reply) => {
    const { runId } = request.params
    const enrolment = await enrol(request.signedIn(), runId, request.body)
    return reply.code(201).header('location', `${GROUPS}/${runId}/enrolments`).send(enrolment)
  })
  contractRoute(app, routes.listEnrolments, async (request) =>
    listEnrolments(request.signedIn(), request.params.runId),
  )
  contractRoute(app, routes.withdrawEnrolment, async (request) =>
    withdraw(request.signedIn(), request.params.runId, request.params.enrolmentId, request.body.reason),
  )
  contractRoute(app, routes.getSessionAttendance, async (request) =>
    getAttendance(request.signedIn(), request.params.runId, request.params.sessionId),
  )
  contractRoute(app, routes.recordSessionAttendance, async (request) =>
    recordAttendance(request.signedIn(), request.params.runId, request.params.sessionId, request.body),
  )
  contractRoute(app, routes.getRunFidelity, async (request) =>
    getFidelity(request.signedIn(), request.params.runId),
  )
  contractRoute(app, routes.getRunOutcomes, async (request) =>
    getRunOutcomes(request.signedIn(), request.params.runId),
  )
  contractRoute(app, routes.recordOutcomeMeasurement, async (request) =>
    recordMeasurement(request.signedIn(), request.params, request.body),
  )
}
