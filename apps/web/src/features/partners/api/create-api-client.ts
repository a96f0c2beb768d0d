import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { partnersKeys } from './keys'

export type CreateApiClientInput = RouteBody<typeof routes.createApiClient>

/** The answer carries the secret: it is handed to the caller once and kept in no query's cache. */
export const useCreateApiClient = (partnerId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateApiClientInput) =>
      apiCall(routes.createApiClient, { params: { partnerId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnersKeys.list() }),
  })
}
