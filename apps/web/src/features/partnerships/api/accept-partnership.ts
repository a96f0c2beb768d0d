import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { staffKeys } from '../../../reference/staff'
import { partnershipsKeys } from './keys'

/** Accepting brings the partner's staff into the staff directory: the picker's lists go stale too. */
export const useAcceptPartnership = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (partnershipId: string) => apiCall(routes.acceptPartnership, { params: { partnershipId } }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: partnershipsKeys.list() }),
        queryClient.invalidateQueries({ queryKey: staffKeys.all }),
      ]),
  })
}
