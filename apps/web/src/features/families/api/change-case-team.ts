import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

/** Adding, removing and assigning the responsible case manager all answer with the new team. */
const useTeamMutation = (familyId: string, call: (userId: string) => ReturnType<typeof addCall>) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: call,
    onSuccess: (team) => {
      queryClient.setQueryData(familiesKeys.team(familyId), team)
      // The responsible case manager shows on the family and in lists.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: familiesKeys.detail(familyId), exact: true }),
        queryClient.invalidateQueries({ queryKey: familiesKeys.lists() }),
      ])
    },
  })
}

const addCall = (familyId: string, userId: string) =>
  apiCall(routes.addTeamMember, { params: { familyId }, body: { userId } })

export const useAddTeamMember = (familyId: string) =>
  useTeamMutation(familyId, (userId) => addCall(familyId, userId))

export const useRemoveTeamMember = (familyId: string) =>
  useTeamMutation(familyId, (userId) => apiCall(routes.removeTeamMember, { params: { familyId, userId } }))

export const useAssignCaseManager = (familyId: string) =>
  useTeamMutation(familyId, (userId) =>
    apiCall(routes.assignCaseManager, { params: { familyId }, body: { userId } }),
  )
