import { routes } from '@onestop/contracts/client'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { calendarKeys } from '../../../reference/calendar-keys'

/** Makes a new feed address; any earlier one stops working. */
export const useCreateCalendarFeed = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => apiCall(routes.createCalendarFeed),
    onSuccess: (feed) =>
      queryClient.setQueryData(calendarKeys.feed, { active: true, createdAt: feed.createdAt }),
  })
}
