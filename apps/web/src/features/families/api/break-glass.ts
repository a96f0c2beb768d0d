import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export const useBreakGlass = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (reason: string) => apiCall(routes.breakGlass, { params: { familyId }, body: { reason } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: familiesKeys.detail(familyId) }),
  })
}
