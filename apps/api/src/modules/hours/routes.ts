import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { contractRoute } from '../../plugins/contract-route.js'
import { createAbsence, deleteAbsence, listAbsences } from './absences.js'
import { getWorkingHours, replaceWorkingHours } from './working-hours.js'

export async function hoursRoutes(app: FastifyInstance) {
  contractRoute(app, routes.getWorkingHours, async (request) =>
    getWorkingHours(request.signedIn(), request.params.userId),
  )
  contractRoute(app, routes.replaceWorkingHours, async (request) =>
    replaceWorkingHours(request.signedIn(), request.params.userId, request.body),
  )
  contractRoute(app, routes.listAbsences, async (request) =>
    listAbsences(request.signedIn(), request.params.userId, request.query),
  )
  contractRoute(app, routes.createAbsence, async (request, reply) => {
    const absence = await createAbsence(request.signedIn(), request.params.userId, request.body)
    return reply
      .code(201)
      .header('location', `/api/v1/staff/${absence.userId}/absences/${absence.id}`)
      .send(absence)
  })
  contractRoute(app, routes.deleteAbsence, async (request, reply) => {
    await deleteAbsence(request.signedIn(), request.params.userId, request.params.absenceId)
    return reply.code(204).send()
  })
}
