import type { QueryClient } from '@tanstack/react-query'
import type { TFunction } from 'i18next'
import { isApiError } from '../../../lib/api-error'
import { notifyError } from '../../../lib/notify'
import { problemMessage } from '../../../lib/problem-message'
import { invalidateBookings } from '../api/invalidate'

/**
 * How a failed change of an appointment is shown. A conflict (a clash, a state that no longer allows it) is
 * returned to show beside the form; a stale version (412) is announced and the latest version loaded; the
 * rest is notified. Returns `{ stale }` so the caller can close its form.
 */
export const explainAppointmentError = (
  error: unknown,
  t: TFunction,
  queryClient: QueryClient,
  familyId: string | null,
): { conflict: string | null; stale: boolean } => {
  if (isApiError(error) && error.status === 412) {
    notifyError(error, t, t('bookings.actions.stale'))
    void invalidateBookings(queryClient, familyId)
    return { conflict: null, stale: true }
  }
  if (isApiError(error) && error.status === 409) return { conflict: problemMessage(error, t), stale: false }
  notifyError(error, t)
  return { conflict: null, stale: false }
}

/**
 * For a form: a stale version (412) is announced, the latest version loaded and the form closed (the
 * appointment may have moved); returns whether it was one.
 */
export const closeWhenStale =
  (t: TFunction, queryClient: QueryClient, familyId: string | null, close: () => void) =>
  (error: unknown): boolean => {
    if (!isApiError(error) || error.status !== 412) return false
    notifyError(error, t, t('bookings.actions.stale'))
    void invalidateBookings(queryClient, familyId)
    close()
    return true
  }
