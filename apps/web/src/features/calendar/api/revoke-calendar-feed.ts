import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { calendarKeys } from '../../../reference/calendar-keys'

export const useRevokeCalendarFeed = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => apiCall(routes.revokeCalendarFeed),
    onSuccess: () => queryClient.setQueryData(calendarKeys.feed, { active: false, createdAt: null }),
  })
}
