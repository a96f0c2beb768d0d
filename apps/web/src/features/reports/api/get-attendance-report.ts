import { routes } from '@onestop/contracts/client'
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { type AttendanceReportQuery, reportsKeys } from './keys'

export const getAttendanceReportOptions = (query: AttendanceReportQuery) =>
  queryOptions({
    queryKey: reportsKeys.attendance(query),
    queryFn: ({ signal }) => apiCall(routes.getAttendanceReport, { query, signal }),
  })

/** Keeps the previous figures on screen while another period or grouping loads. */
export const useAttendanceReport = (query: AttendanceReportQuery, enabled: boolean) =>
  useQuery({ ...getAttendanceReportOptions(query), enabled, placeholderData: keepPreviousData })
