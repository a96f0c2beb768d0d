import type { RouteBody, WaitingRequest } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { ifMatch } from '../../../lib/if-match'
import { accommodationKeys, type WaitingListFilters } from './keys'

const PAGE_SIZE = 25

const waitingListOptions = (filters: WaitingListFilters) =>
  infiniteQueryOptions({
    queryKey: accommodationKeys.waitingListPage(filters),
    queryFn: ({ pageParam, signal }) =>
      apiCall(routes.listWaitingRequests, {
        query: { ...filters, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  })

/** The waiting list in the API's order: urgent, high, normal, each earliest request first. */
export const useWaitingList = (filters: WaitingListFilters) => useInfiniteQuery(waitingListOptions(filters))

export type CreateWaitingRequestInput = RouteBody<typeof routes.createWaitingRequest>

const useRefreshWaitingList = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: accommodationKeys.waitingList() })
}

export const useCreateWaitingRequest = () => {
  const onSettled = useRefreshWaitingList()
  return useMutation({
    mutationFn: (body: CreateWaitingRequestInput) => apiCall(routes.createWaitingRequest, { body }),
    onSettled,
  })
}

export const useWithdrawWaitingRequest = () => {
  const onSettled = useRefreshWaitingList()
  return useMutation({
    mutationFn: ({ request, reason }: { request: WaitingRequest; reason: string }) =>
      apiCall(routes.withdrawWaitingRequest, {
        params: { waitingRequestId: request.id },
        body: { reason },
        headers: ifMatch(request.version),
      }),
    onSettled,
  })
}
