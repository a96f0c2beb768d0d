import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

/** Adds a version of your own note; the earlier text stays among its versions. */
export const useUpdateNote = (familyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ noteId, text }: { noteId: string; text: string }) =>
      apiCall(routes.updateCaseNote, { params: { familyId, noteId }, body: { text } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: familiesKeys.notes(familyId) }),
  })
}
