import { describe, expect, it } from 'vitest'
import { deliverDueWebhooks } from '../../src/modules/webhooks/worker.js'
import { useTestApp } from '../support/app.js'
import { TEST_DATABASE_URL } from '../support/database.js'
import {
  acceptedReferral,
  deliveriesOf,
  localReceiver,
  recordEvent,
  subscribedPartner,
} from '../support/webhook-factories.js'

// On PGlite there is one connection, so workers are serialised anyway; the race is real on PostgreSQL.
const t = useTestApp({ partners: { webhookAllowPrivateTargets: true } })

describe.runIf(Boolean(TEST_DATABASE_URL))('webhook workers under concurrency (PostgreSQL)', () => {
  it('never sends one delivery twice when several workers run at once', async () => {
    const receiver = await localReceiver([204])
    try {
      const partner = await subscribedPartner(t, receiver.url)
      for (let i = 0; i < 4; i++) {
        const { referral } = await acceptedReferral(t, partner)
        await recordEvent(t.db, referral.id, 'referral.accepted')
        await recordEvent(t.db, referral.id, 'case.closed')
      }
      const queued = await deliveriesOf(t.db, partner.subscription.id)
      expect(queued).toHaveLength(8)
      const now = new Date(Math.max(...queued.map((d) => d.nextAttemptAt.getTime())) + 1000)
      // Small batches, so the workers contend for rows instead of one taking all.
      const runs = await Promise.all(
        Array.from({ length: 6 }, () =>
          deliverDueWebhooks(t.db, t.config, { now, policy: { batchSize: 2 } }),
        ),
      )
      const again = await Promise.all(
        Array.from({ length: 3 }, () =>
          deliverDueWebhooks(t.db, t.config, { now, policy: { batchSize: 2 } }),
        ),
      )
      const delivered = [...runs, ...again].reduce((sum, run) => sum + run.delivered, 0)
      expect(delivered).toBe(8)
      const ids = receiver.received.map((r) => r.headers['onestop-webhook-id'])
      expect(ids).toHaveLength(8)
      expect(new Set(ids).size).toBe(8)
      const rows = await deliveriesOf(t.db, partner.subscription.id)
      expect(rows.map((d) => [d.status, d.attempts])).toEqual(Array(8).fill(['delivered', 1]))
    } finally {
      await receiver.close()
    }
  })
})
