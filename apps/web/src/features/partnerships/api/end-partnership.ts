import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { staffKeys } from '../../../reference/staff'
import { partnershipsKeys } from './keys'

/** Ending takes the partner's staff out of the directory and out of every shared family at once. */
export const useEndPartnership = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ partnershipId, reason }: { partnershipId: string; reason: string }) =>
      apiCall(routes.endPartnership, { params: { partnershipId }, body: { reason } }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: partnershipsKeys.list() }),
        queryClient.invalidateQueries({ queryKey: staffKeys.all }),
      ]),
  })
}
