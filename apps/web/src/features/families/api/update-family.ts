import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { ifMatch } from '../../../lib/if-match'
import { familiesKeys } from '../../../reference/family-keys'

export type UpdateFamilyInput = RouteBody<typeof routes.updateFamily>

export const useUpdateFamily = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: UpdateFamilyInput }) =>
      apiCall(routes.updateFamily, { params: { familyId }, body, headers: ifMatch(version) }),
    onSuccess: (family) => {
      queryClient.setQueryData(familiesKeys.detail(familyId), family)
      return queryClient.invalidateQueries({ queryKey: familiesKeys.lists() })
    },
  })
}
