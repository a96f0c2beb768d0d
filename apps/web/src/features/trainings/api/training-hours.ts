import { routes } from '@onestop/contracts/client'
import { useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { trainingsKeys } from './keys'

export const useTrainingHours = (year: number) =>
  useQuery({
    queryKey: trainingsKeys.hours(year),
    queryFn: ({ signal }) => apiCall(routes.getTrainingHours, { query: { year }, signal }),
  })
