import type { RouteResult } from '@onestop/contracts'
import type { routes } from '@onestop/contracts/client'

export type PartnerWebhook = RouteResult<typeof routes.listPartnerWebhooks>['items'][number]
export type WebhookDelivery = PartnerWebhook['recentDeliveries'][number]
