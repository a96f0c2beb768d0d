/** How soon the receiving organisation must answer a referral: urgent within 24 hours. */
export const REFERRAL_URGENCIES = ['urgent', 'routine'] as const
export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number]

/** received → accepted | declined; accepted → case_closed when the family's case closes. */
export const REFERRAL_STATUSES = ['received', 'accepted', 'declined', 'case_closed'] as const
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number]

/** What happened to a referral; each is also a webhook event type. */
export const REFERRAL_EVENT_TYPES = [
  'referral.received',
  'referral.accepted',
  'referral.declined',
  'case.closed',
] as const
export type ReferralEventType = (typeof REFERRAL_EVENT_TYPES)[number]

/** The events a partner may subscribe a webhook to. */
export const WEBHOOK_EVENT_TYPES = ['referral.accepted', 'referral.declined', 'case.closed'] as const
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number]

/** pending → delivered | failed (attempts exhausted, subscription disabled) | withheld (consent withdrawn). */
export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'withheld'] as const
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number]

/** Why a delivery's last attempt failed, or why it was never attempted. */
export const WEBHOOK_DELIVERY_ERRORS = [
  'receiver_error',
  'unreachable',
  'target_not_allowed',
  'subscription_disabled',
  'client_revoked',
  'consent_withdrawn',
] as const
export type WebhookDeliveryError = (typeof WEBHOOK_DELIVERY_ERRORS)[number]
