import { routes } from '@onestop/contracts/client'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { auditKeys } from './list-audit'

/**
 * People who acted in the log the admin may see, whose name matches: the organisation's staff and partner
 * organisations' staff who read or changed its families.
 */
export const useAuditActors = (search: string) =>
  useQuery({
    queryKey: auditKeys.actors(search),
    queryFn: ({ signal }) =>
      apiCall(routes.listAuditActors, {
        query: { limit: 20, ...(search ? { q: search.slice(0, 100) } : {}) },
        signal,
      }),
    placeholderData: keepPreviousData,
  })
