import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { partnershipsKeys } from './keys'

/** The organisation's partnerships, as owner or partner, newest first. */
export const listPartnershipsOptions = () =>
  queryOptions({
    queryKey: partnershipsKeys.list(),
    queryFn: ({ signal }) => apiCall(routes.listPartnerships, { signal }),
  })

export const usePartnerships = () => useQuery(listPartnershipsOptions())
