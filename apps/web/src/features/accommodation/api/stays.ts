import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { accommodationKeys, type StayFilters } from './keys'

const stayListOptions = (filters: StayFilters) =>
  queryOptions({
    queryKey: accommodationKeys.stayList(filters),
    queryFn: ({ signal }) => apiCall(routes.listStays, { query: filters, signal }),
  })

/** Stays of a facility with a night in [from, to), earliest check-in first (cancelled ones included). */
export const useFacilityStays = (facilityId: string, from: string, to: string, enabled = true) =>
  useQuery({ ...stayListOptions({ facilityId, from, to }), enabled: enabled && from < to })

/** A family's stays as the caller may see them (`visibility: limited` hides where). */
export const useFamilyStays = (familyId: string) => useQuery(stayListOptions({ familyId }))

export const useStay = (stayId: string) =>
  useQuery({
    queryKey: accommodationKeys.stay(stayId),
    queryFn: ({ signal }) => apiCall(routes.getStay, { params: { stayId }, signal }),
  })
