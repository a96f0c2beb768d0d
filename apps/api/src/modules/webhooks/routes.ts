import { routes, WEBHOOKS } from '@onestop/contracts'
import type { FastifyInstance } from 'fastify'
import { etagOf, versionFromIfMatch } from '../../lib/etag.js'
import { contractRoute } from '../../plugins/contract-route.js'
import { forgoReplay } from '../../plugins/idempotency.js'
import { listPartnerWebhooks, listWebhookDeliveries } from './delivery-log.js'
import { createWebhook, deleteWebhook, getWebhook, listWebhooks, updateWebhook } from './subscriptions.js'

export async function webhookRoutes(app: FastifyInstance) {
  contractRoute(app, routes.createWebhook, async (request, reply) => {
    // The signing secret is in the answer: it must not be kept for a replay.
    await forgoReplay(request)
    const created = await createWebhook(request.signedIn(), request.body)
    return reply
      .code(201)
      .header('location', `${WEBHOOKS}/${created.subscription.id}`)
      .header('etag', etagOf(created.subscription.version))
      .header('cache-control', 'no-store')
      .send(created)
  })
  contractRoute(app, routes.listWebhooks, async (request) => ({
    items: await listWebhooks(request.signedIn()),
  }))
  contractRoute(app, routes.getWebhook, async (request, reply) => {
    const subscription = await getWebhook(request.signedIn(), request.params.webhookId)
    return reply.header('etag', etagOf(subscription.version)).send(subscription)
  })
  contractRoute(app, routes.updateWebhook, async (request, reply) => {
    const version = versionFromIfMatch(request.headers['if-match'], 'webhook')
    const subscription = await updateWebhook(
      request.signedIn(),
      request.params.webhookId,
      version,
      request.body,
    )
    return reply.header('etag', etagOf(subscription.version)).send(subscription)
  })
  contractRoute(app, routes.deleteWebhook, async (request, reply) => {
    await deleteWebhook(request.signedIn(), request.params.webhookId)
    return reply.code(204).send()
  })
  contractRoute(app, routes.listWebhookDeliveries, async (request) =>
    listWebhookDeliveries(request.signedIn(), request.params.webhookId, request.query),
  )
  contractRoute(app, routes.listPartnerWebhooks, async (request) =>
    listPartnerWebhooks(request.signedIn(), request.params.partnerId),
  )
}
