import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { servicePackagesKeys } from './keys'

export const getFamilyAttendanceOptions = (familyId: string) =>
  queryOptions({
    queryKey: servicePackagesKeys.attendance(familyId),
    queryFn: ({ signal }) => apiCall(routes.getFamilyAttendance, { params: { familyId }, signal }),
  })

export const useFamilyAttendance = (familyId: string) => useQuery(getFamilyAttendanceOptions(familyId))
