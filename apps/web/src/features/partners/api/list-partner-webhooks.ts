import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { partnersKeys } from './keys'

/** A municipality's webhook subscriptions to this organisation, each with its recent deliveries. */
export const listPartnerWebhooksOptions = (partnerId: string) =>
  queryOptions({
    queryKey: partnersKeys.webhooks(partnerId),
    queryFn: ({ signal }) => apiCall(routes.listPartnerWebhooks, { params: { partnerId }, signal }),
  })

export const usePartnerWebhooks = (partnerId: string) => useQuery(listPartnerWebhooksOptions(partnerId))
