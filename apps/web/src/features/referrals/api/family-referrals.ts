import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { referralsKeys } from './keys'

export type ReferFamilyInput = RouteBody<typeof routes.createFamilyReferral>

/** The referrals to this organisation the family was accepted from. */
export const useReceivedReferrals = (familyId: string) =>
  useQuery({
    queryKey: referralsKeys.received(familyId),
    queryFn: ({ signal }) => apiCall(routes.listFamilyReceivedReferrals, { params: { familyId }, signal }),
  })

/** The family's referrals to other organisations, newest first, with where each stands. */
export const useSentReferrals = (familyId: string) =>
  useQuery({
    queryKey: referralsKeys.sent(familyId),
    queryFn: ({ signal }) => apiCall(routes.listFamilyReferrals, { params: { familyId }, signal }),
  })

export const useReferFamily = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ReferFamilyInput) =>
      apiCall(routes.createFamilyReferral, { params: { familyId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referralsKeys.sent(familyId) }),
  })
}
