import { routes } from '@onestop/contracts/client'
import { useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { calendarKeys } from '../../../reference/calendar-keys'

export const useMyDay = (date: string) =>
  useQuery({
    queryKey: calendarKeys.myDay(date),
    queryFn: ({ signal }) => apiCall(routes.getMyDay, { query: { date }, signal }),
  })
