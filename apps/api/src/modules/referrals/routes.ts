import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { contractRoute } from '../../plugins/contract-route.js'
import { acceptReferral, declineReferral } from './decide.js'
import { createFamilyReferral, listFamilyReferrals } from './family-referrals.js'
import { getIncomingReferral, listFamilyReceivedReferrals, listIncomingReferrals } from './inbox.js'
import { createReferral, getReferral, listReferrals } from './partner.js'

export async function referralRoutes(app: FastifyInstance) {
  contractRoute(app, routes.createReferral, async (request, reply) => {
    const referral = await createReferral(request.signedIn(), request.body, new Date())
    return reply.code(201).header('location', `/api/v1/referrals/${referral.id}`).send(referral)
  })
  contractRoute(app, routes.listReferrals, async (request) =>
    listReferrals(request.signedIn(), request.query),
  )
  contractRoute(app, routes.getReferral, async (request) =>
    getReferral(request.signedIn(), request.params.referralId),
  )
  // No Location: the sender follows its referral in the family's list, there is no address of its own.
  contractRoute(app, routes.createFamilyReferral, async (request, reply) => {
    const referral = await createFamilyReferral(
      request.signedIn(),
      request.params.familyId,
      request.body,
      new Date(),
    )
    return reply.code(201).send(referral)
  })
  contractRoute(app, routes.listFamilyReferrals, async (request) =>
    listFamilyReferrals(request.signedIn(), request.params.familyId),
  )
  contractRoute(app, routes.listIncomingReferrals, async (request) =>
    listIncomingReferrals(request.signedIn(), request.query),
  )
  contractRoute(app, routes.getIncomingReferral, async (request) =>
    getIncomingReferral(request.signedIn(), request.params.referralId),
  )
  contractRoute(app, routes.listFamilyReceivedReferrals, async (request) =>
    listFamilyReceivedReferrals(request.signedIn(), request.params.familyId),
  )
  contractRoute(app, routes.acceptReferral, async (request) =>
    acceptReferral(request.signedIn(), request.params.referralId, request.body),
  )
  contractRoute(app, routes.declineReferral, async (request) =>
    declineReferral(request.signedIn(), request.params.referralId, request.body),
  )
}
