import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'
import { invalidateRecords } from './invalidate'

export type CreateNoteInput = RouteBody<typeof routes.createCaseNote>

export const useCreateNote = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateNoteInput) => apiCall(routes.createCaseNote, { params: { familyId }, body }),
    onSuccess: () => invalidateRecords(queryClient, familyId, familiesKeys.notes(familyId)),
  })
}
