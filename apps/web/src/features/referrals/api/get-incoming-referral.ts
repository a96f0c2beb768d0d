import { routes } from '@onestop/contracts/client'
import { useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { referralsKeys } from './keys'

/** One referral with its persons and the organisation's families that may be the same. */
export const useIncomingReferral = (referralId: string) =>
  useQuery({
    queryKey: referralsKeys.detail(referralId),
    queryFn: ({ signal }) => apiCall(routes.getIncomingReferral, { params: { referralId }, signal }),
  })
