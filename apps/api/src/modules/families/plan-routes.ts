import { routes } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { etagOf, versionFromIfMatch } from '../../lib/etag.js'
import { contractRoute } from '../../plugins/contract-route.js'
import { createNeedsAssessment, listNeedsAssessments } from './assessments.js'
import { getCaseAttention } from './attention.js'
import { createGoal, createReview, getCasePlan, updateGoal } from './case-plan.js'
import { getFamilyTimeline } from './timeline.js'

export async function casePlanRoutes(app: FastifyInstance) {
  contractRoute(app, routes.createNeedsAssessment, async (request, reply) => {
    const assessment = await createNeedsAssessment(request.signedIn(), request.params.familyId, request.body)
    return reply.code(201).send(assessment)
  })
  contractRoute(app, routes.listNeedsAssessments, async (request) =>
    listNeedsAssessments(request.signedIn(), request.params.familyId),
  )
  contractRoute(app, routes.getCasePlan, async (request) =>
    getCasePlan(request.signedIn(), request.params.familyId),
  )
  contractRoute(app, routes.createGoal, async (request, reply) => {
    const goal = await createGoal(request.signedIn(), request.params.familyId, request.body)
    return reply.code(201).header('etag', etagOf(goal.version)).send(goal)
  })
  contractRoute(app, routes.updateGoal, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'goal')
    const goal = await updateGoal(
      request.signedIn(),
      request.params.familyId,
      request.params.goalId,
      version,
      request.body,
    )
    return reply.header('etag', etagOf(goal.version)).send(goal)
  })
  contractRoute(app, routes.createReview, async (request, reply) =>
    reply.code(201).send(await createReview(request.signedIn(), request.params.familyId, request.body)),
  )
  contractRoute(app, routes.getCaseAttention, async (request) => getCaseAttention(request.signedIn()))
  contractRoute(app, routes.getFamilyTimeline, async (request) =>
    getFamilyTimeline(request.signedIn(), request.params.familyId, request.query),
  )
}
