import { routes } from '@onestop/contracts/client'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import type { AvailabilitySearch } from '../../../reference/availability-keys'
import { availabilityKeys } from '../../../reference/availability-keys'

/** At most this many slots per search: about three full days of two specialists on a 15-minute grid. */
export const SLOT_LIMIT = 200

/** Free slots for a search; nothing is fetched until there is one. */
export const useAvailability = (search: AvailabilitySearch | null) =>
  useQuery({
    queryKey: availabilityKeys.search(search ?? ({} as AvailabilitySearch)),
    queryFn: ({ signal }) =>
      apiCall(routes.findAvailability, {
        query: { ...(search as AvailabilitySearch), limit: SLOT_LIMIT },
        signal,
      }),
    enabled: search !== null,
    placeholderData: keepPreviousData,
    // Free time changes as colleagues book: a search shown again is checked again.
    staleTime: 0,
    retry: false,
  })
