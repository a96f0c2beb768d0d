import type { IncomingReferral, RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { referralsKeys } from './keys'

export type AcceptReferralInput = RouteBody<typeof routes.acceptReferral>

const useAfterDecision = (referralId: string) => {
  const queryClient = useQueryClient()
  return (decided: IncomingReferral) => {
    queryClient.setQueryData(referralsKeys.detail(referralId), decided)
    return queryClient.invalidateQueries({ queryKey: [...referralsKeys.all, 'list'] })
  }
}

export const useAcceptReferral = (referralId: string) => {
  const onSuccess = useAfterDecision(referralId)
  return useMutation({
    mutationFn: (body: AcceptReferralInput) =>
      apiCall(routes.acceptReferral, { params: { referralId }, body }),
    onSuccess,
  })
}

export const useDeclineReferral = (referralId: string) => {
  const onSuccess = useAfterDecision(referralId)
  return useMutation({
    mutationFn: (reason: string) =>
      apiCall(routes.declineReferral, { params: { referralId }, body: { reason } }),
    onSuccess,
  })
}
