import { routes } from '@onestop/contracts/client'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { familiesKeys } from '../../../reference/family-keys'

export const listAssessmentsOptions = (familyId: string) =>
  queryOptions({
    queryKey: familiesKeys.assessments(familyId),
    queryFn: ({ signal }) => apiCall(routes.listNeedsAssessments, { params: { familyId }, signal }),
  })

export const useAssessments = (familyId: string) => useQuery(listAssessmentsOptions(familyId))
