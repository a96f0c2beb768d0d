import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { queryOptions, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { accommodationKeys } from './keys'

const outOfServiceOptions = (bedId: string) =>
  queryOptions({
    queryKey: accommodationKeys.outOfService(bedId),
    queryFn: ({ signal }) => apiCall(routes.listOutOfService, { params: { bedId }, signal }),
    staleTime: 60_000,
  })

/** A bed's out-of-service periods, earliest first. */
export const useOutOfService = (bedId: string) => useQuery(outOfServiceOptions(bedId))

/**
 * The out-of-service periods of many beds, by bed id. The API lists them per bed, so a board asks once per
 * bed; each answer is cached under its bed and shared with the bed's own panel.
 */
export const useOutOfServiceOf = (bedIds: readonly string[], enabled = true) =>
  useQueries({
    queries: bedIds.map((bedId) => ({ ...outOfServiceOptions(bedId), enabled })),
    combine: (results) => ({
      byBed: new Map(bedIds.map((bedId, i) => [bedId, results[i]?.data?.items ?? []])),
      isPending: results.some((result) => result.isPending),
      isError: results.some((result) => result.isError),
      error: results.find((result) => result.isError)?.error ?? null,
      refetch: () => {
        for (const result of results) if (result.isError) void result.refetch()
      },
    }),
  })

export type CreateOutOfServiceInput = RouteBody<typeof routes.createOutOfService>

export const useCreateOutOfService = (bedId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateOutOfServiceInput) =>
      apiCall(routes.createOutOfService, { params: { bedId }, body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accommodationKeys.outOfService(bedId) }),
  })
}

export const useDeleteOutOfService = (bedId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (outOfServiceId: string) =>
      apiCall(routes.deleteOutOfService, { params: { bedId, outOfServiceId } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accommodationKeys.outOfService(bedId) }),
  })
}
