import { routes, TRAININGS } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { etagOf, versionFromIfMatch } from '../../lib/etag.js'
import { contractRoute } from '../../plugins/contract-route.js'
import { recordTrainingAttendance } from './attendance.js'
import { recordCompletion } from './completion.js'
import { getTrainingHours, listMyTrainings, listTrainings } from './list.js'
import { enrolParticipant, withdrawParticipant } from './participants.js'
import { cancelTraining, createTraining, getTraining, updateTraining } from './trainings.js'

export async function trainingRoutes(app: FastifyInstance) {
  contractRoute(app, routes.listTrainings, async (request) =>
    listTrainings(request.signedIn(), request.query),
  )
  contractRoute(app, routes.listMyTrainings, async (request) =>
    listMyTrainings(request.signedIn(), request.query),
  )
  contractRoute(app, routes.getTrainingHours, async (request) =>
    getTrainingHours(request.signedIn(), request.query),
  )
  contractRoute(app, routes.getTraining, async (request, reply) => {
    const training = await getTraining(request.signedIn(), request.params.trainingId)
    return reply.header('etag', etagOf(training.version)).send(training)
  })
  contractRoute(app, routes.createTraining, async (request, reply) => {
    const training = await createTraining(request.signedIn(), request.body)
    return reply
      .code(201)
      .header('location', `${TRAININGS}/${training.id}`)
      .header('etag', etagOf(training.version))
      .send(training)
  })
  contractRoute(app, routes.updateTraining, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'training')
    const training = await updateTraining(
      request.signedIn(),
      request.params.trainingId,
      version,
      request.body,
    )
    return reply.header('etag', etagOf(training.version)).send(training)
  })
  contractRoute(app, routes.cancelTraining, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'training')
    const training = await cancelTraining(
      request.signedIn(),
      request.params.trainingId,
      version,
      request.body.reason,
    )
    return reply.header('etag', etagOf(training.version)).send(training)
  })
  contractRoute(app, routes.enrolTrainingParticipant, async (request, reply) => {
    const participant = await enrolParticipant(request.signedIn(), request.params.trainingId, request.body)
    return reply.code(201).send(participant)
  })
  contractRoute(app, routes.withdrawTrainingParticipant, async (request) =>
    withdrawParticipant(
      request.signedIn(),
      request.params.trainingId,
      request.params.participantId,
      request.body.reason,
    ),
  )
  contractRoute(app, routes.recordTrainingAttendance, async (request) =>
    recordTrainingAttendance(
      request.signedIn(),
      request.params.trainingId,
      request.params.trainingSessionId,
      request.body,
    ),
  )
  contractRoute(app, routes.recordTrainingCompletion, async (request) =>
    recordCompletion(
      request.signedIn(),
      request.params.trainingId,
      request.params.participantId,
      request.body.completion,
    ),
  )
}
