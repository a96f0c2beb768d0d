import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { servicePackagesKeys } from './keys'

export type CreateServicePackageInput = RouteBody<typeof routes.createServicePackage>

export const useCreateServicePackage = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateServicePackageInput) =>
      apiCall(routes.createServicePackage, { params: { familyId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: servicePackagesKeys.list(familyId) }),
  })
}
