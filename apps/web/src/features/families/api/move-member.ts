import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export type MoveMemberInput = RouteBody<typeof routes.moveMember>

export const useMoveMember = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ memberId, body }: { memberId: string; body: MoveMemberInput }) =>
      apiCall(routes.moveMember, { params: { familyId, memberId }, body }),
    // Both families change: their member lists and the names shown in lists.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: familiesKeys.all }),
  })
}
