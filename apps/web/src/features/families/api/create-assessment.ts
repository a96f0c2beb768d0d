import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'
import { invalidateRecords } from './invalidate'

export type CreateAssessmentInput = RouteBody<typeof routes.createNeedsAssessment>

export const useCreateAssessment = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateAssessmentInput) =>
      apiCall(routes.createNeedsAssessment, { params: { familyId }, body }),
    // The first assessment clears the family's first-assessment deadline.
    onSuccess: () =>
      Promise.all([
        invalidateRecords(queryClient, familyId, familiesKeys.assessments(familyId)),
        queryClient.invalidateQueries({ queryKey: familiesKeys.detail(familyId), exact: true }),
        queryClient.invalidateQueries({ queryKey: familiesKeys.lists() }),
      ]),
  })
}
