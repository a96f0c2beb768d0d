import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { ifMatch } from '../../../lib/if-match'
import { familiesKeys } from '../../../reference/family-keys'
import { invalidateRecords } from './invalidate'

export type UpdateGoalInput = RouteBody<typeof routes.updateGoal>

export const useUpdateGoal = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ goalId, version, body }: { goalId: string; version: number; body: UpdateGoalInput }) =>
      apiCall(routes.updateGoal, { params: { familyId, goalId }, body, headers: ifMatch(version) }),
    onSuccess: () => invalidateRecords(queryClient, familyId, familiesKeys.plan(familyId)),
  })
}
