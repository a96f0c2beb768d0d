import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export type NewMemberInput = RouteBody<typeof routes.addMember>

export const useAddMember = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: NewMemberInput) => apiCall(routes.addMember, { params: { familyId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: familiesKeys.all }),
  })
}
