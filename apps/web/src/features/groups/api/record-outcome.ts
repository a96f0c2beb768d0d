import type { OutcomePhase, RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { groupsKeys } from './keys'

export interface RecordOutcomeInput extends RouteBody<typeof routes.recordOutcomeMeasurement> {
  personId: string
  phase: OutcomePhase
}

/** Records a baseline or end score on one instrument; the run's outcomes are read again. */
export const useRecordOutcome = (runId: string, instrumentId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ personId, phase, ...body }: RecordOutcomeInput) =>
      apiCall(routes.recordOutcomeMeasurement, { params: { runId, personId, instrumentId, phase }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupsKeys.outcomes(runId) }),
  })
}
