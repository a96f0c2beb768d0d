import type { FacilityKind } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useQuery } from '@tanstack/react-query'
import type { SectionQuery } from '../../../components/ui/section-query'
import { may } from '../../../lib/access'
import { apiCall } from '../../../lib/api-client'
import { useCurrentUser } from '../../../lib/session-store'
import { useFacilities } from './facilities'
import { accommodationKeys } from './keys'

export interface FacilityName {
  id: string
  name: string
  kind: FacilityKind
}

/**
 * The facilities to choose from where only their names are needed (occupancy). Those who may list the
 * facilities read them from that list (one cache entry, no second request); everyone else asks for names.
 */
export const useFacilityNames = (): SectionQuery<{ items: FacilityName[] }> => {
  const user = useCurrentUser()
  const mayList = may(user, routes.listFacilities)
  const facilities = useFacilities(mayList)
  const names = useQuery({
    queryKey: accommodationKeys.facilityNames(),
    queryFn: ({ signal }) => apiCall(routes.listFacilityNames, { signal }),
    enabled: !mayList,
    staleTime: 60_000,
  })
  if (!mayList) return names
  return {
    data: facilities.data
      ? { items: facilities.data.items.map(({ id, name, kind }): FacilityName => ({ id, name, kind })) }
      : undefined,
    isPending: facilities.isPending,
    isError: facilities.isError,
    error: facilities.error,
    refetch: facilities.refetch,
  }
}
