import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { partnersKeys } from './keys'

export const useRevokeApiClient = (partnerId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (apiClientId: string) =>
      apiCall(routes.revokeApiClient, { params: { partnerId, apiClientId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnersKeys.list() }),
  })
}
