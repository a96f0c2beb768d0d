import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../lib/api-client'

/** The organisation's methodologies: the catalogue and the pickers read them under one root. */
export const methodologiesKeys = {
  all: ['methodologies'] as const,
  list: (active: boolean | undefined) => [...methodologiesKeys.all, 'list', { active }] as const,
  detail: (id: string) => [...methodologiesKeys.all, 'detail', id] as const,
}

const methodologiesOptions = (active: boolean | undefined) =>
  queryOptions({
    queryKey: methodologiesKeys.list(active),
    queryFn: ({ signal }) =>
      apiCall(routes.listMethodologies, { query: active === undefined ? {} : { active }, signal }),
    staleTime: 5 * 60_000,
  })

/** Methodologies a new service or run may deliver (`active`), or all of them. */
export const useMethodologies = (active?: boolean) => useQuery(methodologiesOptions(active))

/** Choices for a methodology picker: the active ones. */
export const useMethodologyOptions = () => {
  const methodologies = useMethodologies(true)
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
