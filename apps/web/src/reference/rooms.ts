import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../lib/api-client'

export const roomsKeys = { all: ['rooms'] as const }

/** The active rooms of the organisation, by name. */
const roomsOptions = () =>
  queryOptions({
    queryKey: roomsKeys.all,
    queryFn: ({ signal }) => apiCall(routes.listRooms, { query: { active: true, limit: 100 }, signal }),
    staleTime: 5 * 60_000,
  })

export const useRooms = () => useQuery(roomsOptions())
