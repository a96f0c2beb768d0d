import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export const useReviewBreakGlass = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ grantId, note }: { grantId: string; note: string }) =>
      apiCall(routes.reviewBreakGlass, { params: { grantId }, body: { note } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: familiesKeys.breakGlass }),
  })
}
