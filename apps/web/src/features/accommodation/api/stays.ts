import { STAY_PAGE } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useQuery } from '@tanstack/react-query'
import { useAllPages } from '../../../lib/all-pages'
import { apiCall } from '../../../lib/api-client'
import { accommodationKeys, type StayFilters } from './keys'

/** Every stay the filters match, read page by page at the largest page the API gives. */
const useAllStays = (filters: StayFilters, enabled = true) =>
  useAllPages({
    queryKey: accommodationKeys.stayList(filters),
    fetchPage: (cursor, signal) =>
      apiCall(routes.listStays, {
        query: { ...filters, limit: STAY_PAGE.maximum, ...(cursor ? { cursor } : {}) },
        signal,
      }),
    enabled,
  })

/** Stays of a facility with a night in [from, to), earliest check-in first (cancelled ones included), all of them. */
export const useFacilityStays = (facilityId: string, from: string, to: string, enabled = true) =>
  useAllStays({ facilityId, from, to }, enabled && from < to)

/** A family's stays as the caller may see them (`visibility: limited` hides where), all of them. */
export const useFamilyStays = (familyId: string) => useAllStays({ familyId })

export const useStay = (stayId: string) =>
  useQuery({
    queryKey: accommodationKeys.stay(stayId),
    queryFn: ({ signal }) => apiCall(routes.getStay, { params: { stayId }, signal }),
  })
