import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export const listUpcomingConferencesOptions = () =>
  queryOptions({
    queryKey: familiesKeys.upcomingConferences,
    queryFn: ({ signal }) => apiCall(routes.listUpcomingConferences, { query: { limit: 10 }, signal }),
  })

export const useUpcomingConferences = () => useQuery(listUpcomingConferencesOptions())
