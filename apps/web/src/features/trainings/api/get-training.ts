import { routes } from '@onestop/contracts/client'
import { useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { trainingsKeys } from './keys'

export const useTraining = (trainingId: string) =>
  useQuery({
    queryKey: trainingsKeys.training(trainingId),
    queryFn: ({ signal }) => apiCall(routes.getTraining, { params: { trainingId }, signal }),
  })
