import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { ifMatch } from '../../../lib/if-match'
import { servicePackagesKeys } from './keys'

export const useDeleteServicePackage = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ packageId, version }: { packageId: string; version: number }) =>
      apiCall(routes.deleteServicePackage, { params: { familyId, packageId }, headers: ifMatch(version) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: servicePackagesKeys.list(familyId) }),
  })
}
