import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../lib/api-client'

export const organisationsKeys = { all: ['organisations'] as const }

/** Every organisation of the deployment (a handful). */
const organisationsOptions = () =>
  queryOptions({
    queryKey: organisationsKeys.all,
    queryFn: ({ signal }) => apiCall(routes.listOrganisations, { signal }),
    staleTime: 5 * 60_000,
  })

export const useOrganisations = () => useQuery(organisationsOptions())
