import type { QueryClient } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { isApiError } from '../../../lib/api-error'
import { notifyError } from '../../../lib/notify'
import { familiesKeys } from '../../../reference/family-keys'

/**
 * On 412 someone else changed the family since it was read: say so and load the latest version.
 * Returns whether it handled the error.
 */
export const handleStale = (error: unknown, t: TFunction, queryClient: QueryClient, familyId: string) => {
  if (!isApiError(error) || error.status !== 412) return false
  notifyError(error, t, t('families.details.stale'))
  void queryClient.invalidateQueries({ queryKey: familiesKeys.detail(familyId) })
  return true
}
