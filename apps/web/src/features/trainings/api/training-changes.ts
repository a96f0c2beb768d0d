import type { RouteBody, Training } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { ifMatch } from '../../../lib/if-match'
import { trainingsKeys } from './keys'

export type UpdateTrainingInput = RouteBody<typeof routes.updateTraining>

/**
 * Changes of a training send the version read as If-Match: a concurrent change is refused (412). The answer
 * is the training as it now is; the lists show it too.
 */
const useTrainingChange = <Input>(trainingId: string, send: (input: Input) => Promise<Training>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: send,
    onSuccess: (training) => {
      queryClient.setQueryData(trainingsKeys.training(trainingId), training)
      return queryClient.invalidateQueries({ queryKey: trainingsKeys.lists() })
    },
  })
}

export const useUpdateTraining = (trainingId: string) =>
  useTrainingChange(trainingId, ({ version, body }: { version: number; body: UpdateTrainingInput }) =>
    apiCall(routes.updateTraining, { params: { trainingId }, body, headers: ifMatch(version) }),
  )

export const useCancelTraining = (trainingId: string) =>
  useTrainingChange(trainingId, ({ version, reason }: { version: number; reason: string }) =>
    apiCall(routes.cancelTraining, { params: { trainingId }, body: { reason }, headers: ifMatch(version) }),
  )
