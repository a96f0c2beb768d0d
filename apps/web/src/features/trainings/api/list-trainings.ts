import { routes } from '@onestop/contracts/client'
import { useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { type TrainingFilters, trainingsKeys } from './keys'

/** The trainings of the visible dates: a calendar month holds far fewer than the 100 of one page. */
export const useTrainings = (filters: TrainingFilters) =>
  useQuery({
    queryKey: trainingsKeys.list(filters),
    queryFn: ({ signal }) => apiCall(routes.listTrainings, { query: { ...filters, limit: 100 }, signal }),
  })
