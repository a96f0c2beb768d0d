import { type Static, Type } from 'typebox'
import { BODY_PROBLEMS, NoContent, Page, PageQuery, problems, Timestamp, Uuid } from '../common.js'
import { IfMatchHeaders } from '../families/family.js'
import { defineRoute } from '../route.js'
import {
  WEBHOOK_DELIVERY_ERRORS,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_EVENT_TYPES,
} from './referral-reference.js'

export const WEBHOOKS = '/api/v1/webhooks'

const EventType = Type.Enum([...WEBHOOK_EVENT_TYPES], { examples: ['referral.accepted'] })

const Events = Type.Array(EventType, {
  minItems: 1,
  maxItems: WEBHOOK_EVENT_TYPES.length,
  uniqueItems: true,
  description: 'The events to receive: `referral.accepted`, `referral.declined`, `case.closed`.',
  examples: [['referral.accepted', 'referral.declined', 'case.closed']],
})

const Url = Type.String({
  minLength: 8,
  maxLength: 2000,
  description:
    'An `https://` (or `http://`) URL that answers a POST with 2xx. Its host must resolve to public addresses only.',
  examples: ['https://vtas.vilnius.lt/onestop/webhooks'],
})

const WEBHOOK_STATUSES = ['active', 'disabled'] as const

export const WebhookSubscription = Type.Object(
  {
    id: Uuid,
    url: Type.String({ examples: ['https://vtas.vilnius.lt/onestop/webhooks'] }),
    events: Events,
    status: Type.Enum([...WEBHOOK_STATUSES], { examples: ['active'] }),
    disabledAt: Type.Union([Timestamp, Type.Null()]),
    disabledReason: Type.Union([Type.String(), Type.Null()], {
      description: 'Why deliveries stopped, e.g. after too many failed attempts in a row.',
      examples: [null],
    }),
    consecutiveFailures: Type.Integer({ minimum: 0, examples: [0] }),
    createdAt: Timestamp,
    version: Type.Integer({ minimum: 1, examples: [1] }),
  },
  { title: 'WebhookSubscription', additionalProperties: false },
)
export type WebhookSubscription = Static<typeof WebhookSubscription>

export const WebhookSubscriptionWithSecret = Type.Object(
  {
    subscription: WebhookSubscription,
    signingSecret: Type.String({
      description:
        'Shown this once: verify `OneStop-Webhook-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>` with it.',
      examples: ['whsec_3q2+7w5Yb0u9mXvR1kL8pZ4tN6yH2cF0'],
    }),
  },
  { title: 'WebhookSubscriptionWithSecret', additionalProperties: false },
)

export const WebhookDelivery = Type.Object(
  {
    id: Uuid,
    eventType: EventType,
    status: Type.Enum([...WEBHOOK_DELIVERY_STATUSES], {
      description:
        '`withheld`: not sent because the family withdrew its consent to share with the municipality.',
      examples: ['delivered'],
    }),
    attempts: Type.Integer({ minimum: 0, examples: [1] }),
    nextAttemptAt: Type.Union([Timestamp, Type.Null()], { description: 'Null once no attempt is left.' }),
    lastAttemptAt: Type.Union([Timestamp, Type.Null()]),
    lastStatusCode: Type.Union([Type.Integer(), Type.Null()], { examples: [200] }),
    lastErrorCode: Type.Union([Type.Enum([...WEBHOOK_DELIVERY_ERRORS]), Type.Null()], {
      description:
        'Why the last attempt failed, as a stable code: `receiver_error` (a non-2xx answer, see `lastStatusCode`), `unreachable` (no connection or no answer in time), `target_not_allowed` (the URL resolved to a private address), or why it was not attempted: `subscription_disabled`, `client_revoked`, `consent_withdrawn` (then `withheld`).',
      examples: [null],
    }),
    lastError: Type.Union([Type.String(), Type.Null()], {
      description: 'The same in English words, with the technical detail.',
      examples: [null],
    }),
    deliveredAt: Type.Union([Timestamp, Type.Null()]),
    createdAt: Timestamp,
  },
  { title: 'WebhookDelivery', additionalProperties: false },
)
export type WebhookDelivery = Static<typeof WebhookDelivery>

export const PartnerWebhook = Type.Object(
  {
    subscription: WebhookSubscription,
    recentDeliveries: Type.Array(WebhookDelivery, { description: 'The latest deliveries, newest first.' }),
  },
  { title: 'PartnerWebhook', additionalProperties: false },
)

export const CreateWebhookBody = Type.Object({ url: Url, events: Events }, { additionalProperties: false })

export const UpdateWebhookBody = Type.Object(
  {
    url: Type.Optional(Url),
    events: Type.Optional(Events),
    enabled: Type.Optional(
      Type.Literal(true, {
        description: 'Re-enables a disabled subscription: its failure count starts again from zero.',
      }),
    ),
  },
  { additionalProperties: false },
)

const WebhookParams = Type.Object({ webhookId: Uuid }, { additionalProperties: false })
const PartnerParams = Type.Object({ partnerId: Uuid }, { additionalProperties: false })
export const WebhookDeliveriesQuery = Type.Object(PageQuery, { additionalProperties: false })

const partner = { partnerScope: 'webhooks:manage' } as const
const tags = ['Webhooks'] as const
const TARGET_PROBLEMS = ['webhook-target-not-allowed'] as const

export const webhookRoutes = {
  createWebhook: defineRoute({
    method: 'POST',
    path: WEBHOOKS,
    operationId: 'createWebhook',
    summary: 'Subscribe a URL to referral events',
    description:
      'Events of referrals your municipality sent to the centre that issued your client are POSTed to the URL, signed with the secret in the answer (shown once). The URL’s host must not resolve to a private, loopback or link-local address (422 `webhook-target-not-allowed`).',
    tags,
    access: partner,
    body: CreateWebhookBody,
    response: { 201: WebhookSubscriptionWithSecret, ...problems(...BODY_PROBLEMS, 401, 403, 422, 429) },
    problems: TARGET_PROBLEMS,
  }),
  listWebhooks: defineRoute({
    method: 'GET',
    path: WEBHOOKS,
    operationId: 'listWebhooks',
    summary: 'List your webhook subscriptions',
    tags,
    access: partner,
    response: { 200: Type.Object({ items: Type.Array(WebhookSubscription) }), ...problems(401, 403, 429) },
  }),
  getWebhook: defineRoute({
    method: 'GET',
    path: `${WEBHOOKS}/:webhookId`,
    operationId: 'getWebhook',
    summary: 'Read a webhook subscription',
    tags,
    access: partner,
    params: WebhookParams,
    response: { 200: WebhookSubscription, ...problems(400, 401, 403, 404, 429) },
  }),
  updateWebhook: defineRoute({
    method: 'PATCH',
    path: `${WEBHOOKS}/:webhookId`,
    operationId: 'updateWebhook',
    summary: 'Change a webhook’s URL or events, or re-enable it',
    tags,
    access: partner,
    params: WebhookParams,
    headers: IfMatchHeaders,
    body: UpdateWebhookBody,
    response: {
      200: WebhookSubscription,
      ...problems(...BODY_PROBLEMS, 401, 403, 404, 412, 422, 428, 429),
    },
    problems: TARGET_PROBLEMS,
  }),
  deleteWebhook: defineRoute({
    method: 'DELETE',
    path: `${WEBHOOKS}/:webhookId`,
    operationId: 'deleteWebhook',
    summary: 'Delete a webhook subscription',
    description: 'Its pending deliveries are not sent, and its delivery log goes with it.',
    tags,
    access: partner,
    params: WebhookParams,
    response: { 204: NoContent, ...problems(400, 401, 403, 404, 429) },
  }),
  listWebhookDeliveries: defineRoute({
    method: 'GET',
    path: `${WEBHOOKS}/:webhookId/deliveries`,
    operationId: 'listWebhookDeliveries',
    summary: 'Read a webhook’s delivery log',
    description: 'Newest first: each event, its status, attempts and the last answer of your server.',
    tags,
    access: partner,
    params: WebhookParams,
    querystring: WebhookDeliveriesQuery,
    response: { 200: Page(WebhookDelivery, 'WebhookDeliveryList'), ...problems(400, 401, 403, 404, 429) },
  }),
  listPartnerWebhooks: defineRoute({
    method: 'GET',
    path: '/api/v1/partners/:partnerId/webhooks',
    operationId: 'listPartnerWebhooks',
    summary: 'List a partner municipality’s webhooks to this organisation',
    description:
      'The subscriptions the municipality made with the clients your organisation issued, each with its recent deliveries.',
    tags: ['Partners'],
    access: ['admin'],
    params: PartnerParams,
    response: { 200: Type.Object({ items: Type.Array(PartnerWebhook) }), ...problems(400, 401, 403, 404) },
  }),
} as const
