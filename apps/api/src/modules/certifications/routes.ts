import { CERTIFICATIONS, routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { etagOf, versionFromIfMatch } from '../../lib/etag.js'
import { contractRoute } from '../../plugins/contract-route.js'
import { createCertification, revokeCertification, updateCertification } from './certification-changes.js'
import {
  getCertification,
  listCertifications,
  listExpiringCertifications,
  listMyCertifications,
} from './certifications.js'
import { getCompetenceMatrix } from './competence-matrix.js'

export async function certificationRoutes(app: FastifyInstance) {
  contractRoute(app, routes.listCertifications, async (request) =>
    listCertifications(request.signedIn(), request.query),
  )
  contractRoute(app, routes.listMyCertifications, async (request) => listMyCertifications(request.signedIn()))
  contractRoute(app, routes.listExpiringCertifications, async (request) =>
    listExpiringCertifications(request.signedIn(), request.query),
  )
  contractRoute(app, routes.getCompetenceMatrix, async (request) =>
    getCompetenceMatrix(request.signedIn(), request.query),
  )
  contractRoute(app, routes.getCertification, async (request, reply) => {
    const certification = await getCertification(request.signedIn(), request.params.certificationId)
    return reply.header('etag', etagOf(certification.version)).send(certification)
  })
  contractRoute(app, routes.createCertification, async (request, reply) => {
    const certification = await createCertification(request.signedIn(), request.body)
    return reply
      .code(201)
      .header('location', `${CERTIFICATIONS}/${certification.id}`)
      .header('etag', etagOf(certification.version))
      .send(certification)
  })
  contractRoute(app, routes.updateCertification, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'certification')
    const certification = await updateCertification(
      request.signedIn(),
      request.params.certificationId,
      version,
      request.body,
    )
    return reply.header('etag', etagOf(certification.version)).send(certification)
  })
  contractRoute(app, routes.revokeCertification, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'certification')
    const certification = await revokeCertification(
      request.signedIn(),
      request.params.certificationId,
      version,
      request.body,
    )
    return reply.header('etag', etagOf(certification.version)).send(certification)
  })
}
