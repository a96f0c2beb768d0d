import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { ifMatch } from '../../../lib/if-match'
import { servicePackagesKeys } from './keys'

export type UpdateServicePackageInput = RouteBody<typeof routes.updateServicePackage>

export const useUpdateServicePackage = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({
      packageId,
      version,
      body,
    }: {
      packageId: string
      version: number
      body: UpdateServicePackageInput
    }) =>
      apiCall(routes.updateServicePackage, {
        params: { familyId, packageId },
        body,
        headers: ifMatch(version),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: servicePackagesKeys.list(familyId) }),
  })
}
