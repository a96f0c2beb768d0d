import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'
import { invalidateRecords } from './invalidate'

export type CreateConferenceInput = RouteBody<typeof routes.createConference>
export type UpdateConferenceInput = RouteBody<typeof routes.updateConference>

/** Records a new conference, or (with `conferenceId`) replaces what was recorded of one. */
export const useSaveConference = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ conferenceId, body }: { conferenceId?: string; body: CreateConferenceInput }) =>
      conferenceId
        ? apiCall(routes.updateConference, { params: { familyId, conferenceId }, body })
        : apiCall(routes.createConference, { params: { familyId }, body }),
    onSuccess: () => invalidateRecords(queryClient, familyId, familiesKeys.conferences(familyId)),
  })
}
