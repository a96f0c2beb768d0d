import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { partnershipsKeys } from './keys'

export type ProposePartnershipInput = RouteBody<typeof routes.proposePartnership>

export const useProposePartnership = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ProposePartnershipInput) => apiCall(routes.proposePartnership, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnershipsKeys.list() }),
  })
}
