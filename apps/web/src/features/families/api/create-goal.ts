import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'
import { invalidateRecords } from './invalidate'

export type CreateGoalInput = RouteBody<typeof routes.createGoal>

export const useCreateGoal = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateGoalInput) => apiCall(routes.createGoal, { params: { familyId }, body }),
    onSuccess: () => invalidateRecords(queryClient, familyId, familiesKeys.plan(familyId)),
  })
}
