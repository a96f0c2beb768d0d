import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { ifMatch } from '../../../lib/if-match'
import { certificationsKeys } from '../../../reference/certification-keys'
import { methodologiesKeys } from '../../../reference/methodologies'

/** The catalogue's lists, and the competence matrix whose columns are the methodologies in use. */
const refreshLists = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: methodologiesKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: certificationsKeys.all }),
  ])

export type CreateMethodologyInput = RouteBody<typeof routes.createMethodology>
export type UpdateMethodologyInput = RouteBody<typeof routes.updateMethodology>

export const useCreateMethodology = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateMethodologyInput) => apiCall(routes.createMethodology, { body }),
    onSuccess: (created) => {
      queryClient.setQueryData(methodologiesKeys.detail(created.id), created)
      return refreshLists(queryClient)
    },
  })
}

/** Sends the version the editor read as If-Match, so a concurrent edit is refused (412), never overwritten. */
export const useUpdateMethodology = (methodologyId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: UpdateMethodologyInput }) =>
      apiCall(routes.updateMethodology, { params: { methodologyId }, body, headers: ifMatch(version) }),
    onSuccess: (saved) => {
      queryClient.setQueryData(methodologiesKeys.detail(methodologyId), saved)
      return refreshLists(queryClient)
    },
  })
}
