import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { partnersKeys } from './keys'

/** Municipalities in a partnership with the organisation, each with the API clients issued to it. */
export const listPartnerMunicipalitiesOptions = () =>
  queryOptions({
    queryKey: partnersKeys.list(),
    queryFn: ({ signal }) => apiCall(routes.listPartnerMunicipalities, { signal }),
  })

export const usePartnerMunicipalities = () => useQuery(listPartnerMunicipalitiesOptions())
