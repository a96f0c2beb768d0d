import { routes } from '@onestop/contracts'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { partnershipsKeys } from './keys'

export const listOrganisationsOptions = () =>
  queryOptions({
    queryKey: partnershipsKeys.organisations,
    queryFn: ({ signal }) => apiCall(routes.listOrganisations, { signal }),
    staleTime: 5 * 60_000,
  })

/** Every organisation of the deployment; the propose form leaves out the caller's own. */
export const useOrganisations = () => useQuery(listOrganisationsOptions())
