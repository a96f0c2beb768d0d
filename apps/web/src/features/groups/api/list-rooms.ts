import { routes } from '@onestop/contracts'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { groupsKeys } from './keys'

/** The active rooms of the organisation, by name. */
export const listRoomsOptions = () =>
  queryOptions({
    queryKey: groupsKeys.rooms,
    queryFn: ({ signal }) => apiCall(routes.listRooms, { query: { active: true, limit: 100 }, signal }),
    staleTime: 5 * 60_000,
  })

export const useRooms = () => useQuery(listRoomsOptions())
