import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { etagOf, versionFromIfMatch } from '../../lib/etag.js'
import { contractRoute } from '../../plugins/contract-route.js'
import { createAppointment } from './create.js'
import { closeAppointment, getAppointment, rescheduleAppointment } from './lifecycle.js'
import { listAppointments } from './list.js'

/** If-Match is optional on state changes, but a stale one is refused. */
const optionalVersion = (ifMatch: string | undefined) =>
  ifMatch === undefined ? undefined : versionFromIfMatch(ifMatch, 'appointment')

export async function bookingsRoutes(app: FastifyInstance) {
  contractRoute(app, routes.createAppointment, async (request, reply) => {
    const appointment = await createAppointment(request.signedIn(), request.body)
    return reply
      .code(201)
      .header('location', `/api/v1/bookings/${appointment.id}`)
      .header('etag', etagOf(appointment.version))
      .send(appointment)
  })
  contractRoute(app, routes.listAppointments, async (request) =>
    listAppointments(request.signedIn(), request.query),
  )
  contractRoute(app, routes.getAppointment, async (request, reply) => {
    const appointment = await getAppointment(request.signedIn(), request.params.appointmentId)
    return reply.header('etag', etagOf(appointment.version)).send(appointment)
  })
  contractRoute(app, routes.rescheduleAppointment, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'appointment')
    const appointment = await rescheduleAppointment(
      request.signedIn(),
      request.params.appointmentId,
      version,
      request.body,
    )
    return reply.header('etag', etagOf(appointment.version)).send(appointment)
  })
  contractRoute(app, routes.cancelAppointment, async (request, reply) => {
    const appointment = await closeAppointment(
      request.signedIn(),
      request.params.appointmentId,
      'cancelled',
      optionalVersion(request.headers['if-match']),
      request.body.reason,
    )
    return reply.header('etag', etagOf(appointment.version)).send(appointment)
  })
  contractRoute(app, routes.completeAppointment, async (request, reply) => {
    const appointment = await closeAppointment(
      request.signedIn(),
      request.params.appointmentId,
      'completed',
      optionalVersion(request.headers['if-match']),
    )
    return reply.header('etag', etagOf(appointment.version)).send(appointment)
  })
  contractRoute(app, routes.markAppointmentNoShow, async (request, reply) => {
    const appointment = await closeAppointment(
      request.signedIn(),
      request.params.appointmentId,
      'no_show',
      optionalVersion(request.headers['if-match']),
    )
    return reply.header('etag', etagOf(appointment.version)).send(appointment)
  })
}
