import { routes } from '@onestop/contracts/client'
import { useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { trainingsKeys } from './keys'

/** The active methodologies a training may be planned in, by name. */
export const useActiveMethodologies = () =>
  useQuery({
    queryKey: trainingsKeys.methodologies(),
    queryFn: ({ signal }) => apiCall(routes.listMethodologies, { query: { active: true }, signal }),
    staleTime: 5 * 60_000,
  })
