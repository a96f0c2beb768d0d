import { routes } from '@onestop/contracts'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { usersKeys } from './keys'

export const listOrganisationsOptions = () =>
  queryOptions({
    queryKey: usersKeys.organisations,
    queryFn: ({ signal }) => apiCall(routes.listOrganisations, { signal }),
    staleTime: 5 * 60_000,
  })

export const useOrganisations = () => useQuery(listOrganisationsOptions())
