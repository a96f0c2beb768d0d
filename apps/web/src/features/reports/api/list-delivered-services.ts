import type { RouteQuery } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'

export type DeliveredFilters = Omit<
  NonNullable<RouteQuery<typeof routes.listDeliveredServices>>,
  'cursor' | 'limit'
>

const PAGE_SIZE = 50

export const listDeliveredServicesOptions = (filters: DeliveredFilters) =>
  infiniteQueryOptions({
    queryKey: ['reports', 'delivered', filters] as const,
    queryFn: ({ pageParam, signal }) =>
      apiCall(routes.listDeliveredServices, {
        query: { ...filters, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })

/** Keeps the rows on screen while other filters load. */
export const useDeliveredServices = (filters: DeliveredFilters) =>
  useInfiniteQuery({ ...listDeliveredServicesOptions(filters), placeholderData: keepPreviousData })
