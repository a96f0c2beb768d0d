import type { PartnerWebhook, WebhookDelivery } from './webhook-types'

export const NOW = new Date('2026-06-01T09:00:00Z')

export const delivery = (overrides: Partial<WebhookDelivery> = {}): WebhookDelivery => ({
  id: 'd1000000-8a53-4d5e-9d43-3f1f4b1c2a10',
  eventType: 'referral.accepted',
  status: 'delivered',
  attempts: 1,
  nextAttemptAt: null,
  lastAttemptAt: '2026-06-01T08:00:05Z',
  lastStatusCode: 200,
  lastErrorCode: null,
  lastError: null,
  deliveredAt: '2026-06-01T08:00:05Z',
  createdAt: '2026-06-01T08:00:00Z',
  ...overrides,
})

export const delivered = delivery()
export const pending = delivery({
  id: 'd2000000-8a53-4d5e-9d43-3f1f4b1c2a10',
  eventType: 'referral.declined',
  status: 'pending',
  attempts: 2,
  nextAttemptAt: '2026-06-01T11:00:00Z',
  lastStatusCode: 503,
  lastErrorCode: 'receiver_error',
  lastError: 'The receiver answered 503.',
  deliveredAt: null,
})
export const failed = delivery({
  id: 'd3000000-8a53-4d5e-9d43-3f1f4b1c2a10',
  eventType: 'case.closed',
  status: 'failed',
  attempts: 0,
  lastAttemptAt: null,
  lastStatusCode: null,
  lastErrorCode: 'client_revoked',
  lastError: 'The API client was revoked.',
  deliveredAt: null,
})
export const withheld = delivery({
  id: 'd4000000-8a53-4d5e-9d43-3f1f4b1c2a10',
  eventType: 'case.closed',
  status: 'withheld',
  attempts: 0,
  lastAttemptAt: null,
  lastStatusCode: null,
  lastErrorCode: 'consent_withdrawn',
  lastError: 'The family does not consent to sharing with the municipality.',
  deliveredAt: null,
})

export const activeWebhook: PartnerWebhook = {
  subscription: {
    id: 'e1000000-8a53-4d5e-9d43-3f1f4b1c2a10',
    url: 'https://vtas.vilnius.lt/onestop/webhooks',
    events: ['referral.accepted', 'referral.declined', 'case.closed'],
    status: 'active',
    disabledAt: null,
    disabledReason: null,
    consecutiveFailures: 2,
    createdAt: '2026-05-01T10:00:00Z',
    version: 1,
  },
  recentDeliveries: [withheld, failed, pending, delivered],
}

export const disabledWebhook: PartnerWebhook = {
  subscription: {
    id: 'e2000000-8a53-4d5e-9d43-3f1f4b1c2a10',
    url: 'https://old.vilnius.lt/hooks',
    events: ['case.closed'],
    status: 'disabled',
    disabledAt: '2026-05-20T10:00:00Z',
    disabledReason: 'Disabled after 10 failed attempts in a row.',
    consecutiveFailures: 10,
    createdAt: '2026-04-01T10:00:00Z',
    version: 3,
  },
  recentDeliveries: [],
}
