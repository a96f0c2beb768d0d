import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export const listNoteVersionsOptions = (familyId: string, noteId: string) =>
  queryOptions({
    queryKey: familiesKeys.noteVersions(familyId, noteId),
    queryFn: ({ signal }) => apiCall(routes.listCaseNoteVersions, { params: { familyId, noteId }, signal }),
  })

export const useNoteVersions = (familyId: string, noteId: string, enabled: boolean) =>
  useQuery({ ...listNoteVersionsOptions(familyId, noteId), enabled })
