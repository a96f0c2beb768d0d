import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { deliverDueWebhooks } from './worker.js'

/**
 * Sends due webhook deliveries every `webhookWorkerIntervalMs` while the server runs; 0 leaves it off.
 * One run at a time per instance; other instances may run beside it (the claim skips locked rows).
 */
export const webhookWorkerPlugin = fp(
  async (app: FastifyInstance) => {
    const intervalMs = app.config.partners.webhookWorkerIntervalMs
    if (intervalMs <= 0) return
    let running: Promise<unknown> | null = null
    const tick = () => {
      if (running) return
      running = deliverDueWebhooks(app.db, app.config)
        .catch((err: unknown) => app.log.error({ err }, 'webhook delivery run failed'))
        .finally(() => {
          running = null
        })
    }
    const timer = setInterval(tick, intervalMs)
    timer.unref()
    app.addHook('onClose', async () => {
      clearInterval(timer)
      await running
    })
  },
  { name: 'webhook-worker', dependencies: ['database'] },
)
