import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export type IntakeFamilyInput = RouteBody<typeof routes.intakeFamily>

export const useIntakeFamily = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: IntakeFamilyInput) => apiCall(routes.intakeFamily, { body }),
    onSuccess: (family) => {
      queryClient.setQueryData(familiesKeys.detail(family.id), family)
      return queryClient.invalidateQueries({ queryKey: familiesKeys.lists() })
    },
  })
}
