import { routes } from '@onestop/contracts/client'
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { type ServiceFilters, servicesKeys } from '../../../reference/services'

const PAGE_SIZE = 50

export const listCatalogueOptions = (filters: ServiceFilters) =>
  infiniteQueryOptions({
    queryKey: servicesKeys.catalogue(filters),
    queryFn: ({ pageParam, signal }) =>
      apiCall(routes.listServices, {
        query: { ...filters, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })

export const useCatalogue = (filters: ServiceFilters) => useInfiniteQuery(listCatalogueOptions(filters))
