import { routes } from '@onestop/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { invalidateRecords } from './invalidate'
import { familiesKeys } from './keys'

export const useAnnotateNote = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ noteId, text }: { noteId: string; text: string }) =>
      apiCall(routes.annotateCaseNote, { params: { familyId, noteId }, body: { text } }),
    onSuccess: () => invalidateRecords(queryClient, familyId, familiesKeys.notes(familyId)),
  })
}
