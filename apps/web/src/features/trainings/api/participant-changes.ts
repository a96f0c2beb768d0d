import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { certificationsKeys } from '../../../reference/certification-keys'
import { trainingsKeys } from './keys'

export type EnrolInput = RouteBody<typeof routes.enrolTrainingParticipant>
export type AttendanceInput = RouteBody<typeof routes.recordTrainingAttendance>
export type CompletionInput = RouteBody<typeof routes.recordTrainingCompletion>

/**
 * Every change of a participant changes the training (its count, attendance or certifications): read it
 * again, and the certifications too, since completing one certifies or renews.
 */
const useTrainingChange = <Input, Result>(send: (input: Input) => Promise<Result>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trainingsKeys.all }),
        queryClient.invalidateQueries({ queryKey: certificationsKeys.all }),
      ]),
  })
}

export const useEnrolParticipant = (trainingId: string) =>
  useTrainingChange((body: EnrolInput) =>
    apiCall(routes.enrolTrainingParticipant, { params: { trainingId }, body }),
  )

export const useRecordAttendance = (trainingId: string, trainingSessionId: string) =>
  useTrainingChange((body: AttendanceInput) =>
    apiCall(routes.recordTrainingAttendance, { params: { trainingId, trainingSessionId }, body }),
  )

export const useRecordCompletion = (trainingId: string) =>
  useTrainingChange(({ participantId, ...body }: CompletionInput & { participantId: string }) =>
    apiCall(routes.recordTrainingCompletion, { params: { trainingId, participantId }, body }),
  )

export const useWithdrawParticipant = (trainingId: string) =>
  useTrainingChange(({ participantId, reason }: { participantId: string; reason: string }) =>
    apiCall(routes.withdrawTrainingParticipant, { params: { trainingId, participantId }, body: { reason } }),
  )
