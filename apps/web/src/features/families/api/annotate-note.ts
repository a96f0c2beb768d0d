import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'
import { invalidateRecords } from './invalidate'

export const useAnnotateNote = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ noteId, text }: { noteId: string; text: string }) =>
      apiCall(routes.annotateCaseNote, { params: { familyId, noteId }, body: { text } }),
    onSuccess: () => invalidateRecords(queryClient, familyId, familiesKeys.notes(familyId)),
  })
}
