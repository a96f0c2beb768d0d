import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { familiesKeys } from '../../../reference/family-keys'

/** After recording something: the record's own list, the family's timeline and the home page cards. */
export const invalidateRecords = (queryClient: QueryClient, familyId: string, key: QueryKey) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: key }),
    queryClient.invalidateQueries({ queryKey: familiesKeys.timeline(familyId) }),
    queryClient.invalidateQueries({ queryKey: familiesKeys.attention }),
    queryClient.invalidateQueries({ queryKey: familiesKeys.upcomingConferences }),
  ])
