import type { RouteQuery } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../lib/api-client'

export type MethodologyFilters = NonNullable<RouteQuery<typeof routes.listMethodologies>>

/** The methodology catalogue: its page and every picker of a methodology read it under this one root. */
export const methodologiesKeys = {
  all: ['methodologies'] as const,
  lists: () => [...methodologiesKeys.all, 'list'] as const,
  list: (filters: MethodologyFilters) => [...methodologiesKeys.lists(), filters] as const,
  detail: (methodologyId: string) => [...methodologiesKeys.all, 'detail', methodologyId] as const,
}

/** The organisation's methodologies by name (a centre has a handful; the API answers them all at once). */
const methodologiesOptions = (filters: MethodologyFilters) =>
  queryOptions({
    queryKey: methodologiesKeys.list(filters),
    queryFn: ({ signal }) => apiCall(routes.listMethodologies, { query: filters, signal }),
    staleTime: 60_000,
  })

export const useMethodologies = (filters: MethodologyFilters = {}) => useQuery(methodologiesOptions(filters))

/** Choices for a methodology picker: the ones in use. */
export const useMethodologyOptions = () => {
  const methodologies = useMethodologies({ active: true })
  return {
    isPending: methodologies.isPending,
    data: (methodologies.data?.items ?? []).map((m) => ({ value: m.id, label: m.name })),
  }
}

/** One methodology with its rules (what a run of it asks of enrolments and facilitators); idle without an id. */
export const useMethodology = (methodologyId: string | null) =>
  useQuery({
    queryKey: methodologiesKeys.detail(methodologyId ?? ''),
    queryFn: ({ signal }) =>
      apiCall(routes.getMethodology, { params: { methodologyId: methodologyId ?? '' }, signal }),
    enabled: methodologyId !== null,
    staleTime: 5 * 60_000,
  })
