import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export type UpdateMemberInput = RouteBody<typeof routes.updateMember>

export const useUpdateMember = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ memberId, body }: { memberId: string; body: UpdateMemberInput }) =>
      apiCall(routes.updateMember, { params: { familyId, memberId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: familiesKeys.all }),
  })
}
