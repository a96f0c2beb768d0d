import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { trainingsKeys } from './keys'

export type CreateTrainingInput = RouteBody<typeof routes.createTraining>

export const useCreateTraining = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateTrainingInput) => apiCall(routes.createTraining, { body }),
    onSuccess: (training) => {
      queryClient.setQueryData(trainingsKeys.training(training.id), training)
      return queryClient.invalidateQueries({ queryKey: trainingsKeys.lists() })
    },
  })
}
