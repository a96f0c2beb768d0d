import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { partnersKeys } from './keys'

export const useRotateApiClientSecret = (partnerId: string, apiClientId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (overlapHours: number) =>
      apiCall(routes.rotateApiClientSecret, { params: { partnerId, apiClientId }, body: { overlapHours } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnersKeys.list() }),
  })
}
