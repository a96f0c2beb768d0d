import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { contractRoute } from '../../plugins/contract-route.js'
import { getFamilyAttendance } from './family.js'
import { getAttendanceReport } from './report.js'

export async function reportRoutes(app: FastifyInstance) {
  contractRoute(app, routes.getAttendanceReport, async (request) =>
    getAttendanceReport(request.signedIn(), request.query),
  )
  contractRoute(app, routes.getFamilyAttendance, async (request) =>
    getFamilyAttendance(request.signedIn(), request.params.familyId),
  )
}
