import { routes } from '@onestop/contracts/client'
import { useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { trainingsKeys } from './keys'

export const useMyTrainings = (year: number) =>
  useQuery({
    queryKey: trainingsKeys.mine(year),
    queryFn: ({ signal }) => apiCall(routes.listMyTrainings, { query: { year }, signal }),
  })
