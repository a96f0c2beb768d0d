import type { RouteQuery } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'

export type AuditFilters = Omit<NonNullable<RouteQuery<typeof routes.listAudit>>, 'cursor' | 'limit'>

export const auditKeys = {
  all: ['audit'] as const,
  list: (filters: AuditFilters) => [...auditKeys.all, 'list', filters] as const,
  actors: (search: string) => [...auditKeys.all, 'actors', search] as const,
}

const PAGE_SIZE = 50

export const listAuditOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      apiCall(routes.listAudit, {
        query: { ...filters, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })

export const useAuditEntries = (filters: AuditFilters) => useInfiniteQuery(listAuditOptions(filters))
