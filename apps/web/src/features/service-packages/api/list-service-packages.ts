import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { servicePackagesKeys } from './keys'

export const listServicePackagesOptions = (familyId: string) =>
  queryOptions({
    queryKey: servicePackagesKeys.list(familyId),
    queryFn: ({ signal }) => apiCall(routes.listServicePackages, { params: { familyId }, signal }),
  })

export const useServicePackages = (familyId: string) => useQuery(listServicePackagesOptions(familyId))
