import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { webhookDeliveries } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import {
  acceptedReferral,
  deliveryOfEvent,
  localReceiver,
  recordEvent,
  subscribedPartner,
} from '../support/webhook-factories.js'

// The server's own worker, on a short interval: what runs in production with WEBHOOK_WORKER_INTERVAL_MS.
const t = useTestApp({ partners: { webhookAllowPrivateTargets: true, webhookWorkerIntervalMs: 50 } })

describe('the webhook worker of a running server', () => {
  it('sends a queued delivery without being called', async () => {
    const receiver = await localReceiver([204])
    try {
      const partner = await subscribedPartner(t, receiver.url)
      const { referral } = await acceptedReferral(t, partner)
      const event = await recordEvent(t.db, referral.id, 'referral.accepted')
      const { id } = await deliveryOfEvent(t.db, partner.subscription.id, event.id)
      await expect
        .poll(
          async () => {
            const [row] = await t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id))
            return row?.status
          },
          { timeout: 20_000, interval: 100 },
        )
        .toBe('delivered')
      expect(receiver.received.map((r) => r.headers['onestop-webhook-id'])).toEqual([id])
    } finally {
      await receiver.close()
    }
  })
})
