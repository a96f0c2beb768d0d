import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'
import { invalidateRecords } from './invalidate'

export type CreateReviewInput = RouteBody<typeof routes.createReview>

export const useCreateReview = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateReviewInput) => apiCall(routes.createReview, { params: { familyId }, body }),
    onSuccess: () => invalidateRecords(queryClient, familyId, familiesKeys.plan(familyId)),
  })
}
