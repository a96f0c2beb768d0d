import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'
import { invalidateRecords } from './invalidate'

export type RecordConsentInput = RouteBody<typeof routes.recordConsent>

export const useRecordConsent = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ memberId, body }: { memberId: string; body: RecordConsentInput }) =>
      apiCall(routes.recordConsent, { params: { familyId, memberId }, body }),
    onSuccess: () => invalidateRecords(queryClient, familyId, familiesKeys.consents(familyId)),
  })
}
