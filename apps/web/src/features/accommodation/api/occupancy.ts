import { routes } from '@onestop/contracts/client'
import { useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { accommodationKeys } from './keys'

/** A facility's beds per night in [from, to) and the average length of stay: counts only, for everyone. */
export const useOccupancy = (facilityId: string, from: string, to: string) =>
  useQuery({
    queryKey: accommodationKeys.occupancy(facilityId, from, to),
    queryFn: ({ signal }) => apiCall(routes.getOccupancy, { query: { facilityId, from, to }, signal }),
  })

/** Who is checked in tonight, by room and bed, for the night shift and an evacuation. */
export const useResidents = (facilityId: string) =>
  useQuery({
    queryKey: accommodationKeys.residents(facilityId),
    queryFn: ({ signal }) => apiCall(routes.listResidents, { params: { facilityId }, signal }),
  })
