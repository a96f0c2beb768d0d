import { notifications } from '@mantine/notifications'
import type { TFunction } from 'i18next'
import { isApiError } from './api-error'
import { problemMessage } from './problem-message'

export const notifySuccess = (message: string) => {
  notifications.show({ color: 'teal', message })
}

/** Reports an error; `message` replaces the generic text when the caller knows better. */
export const notifyError = (error: unknown, t: TFunction, message?: string) => {
  const requestId = isApiError(error) ? error.requestId : undefined
  const text = message ?? problemMessage(error, t)
  notifications.show({
    color: 'red',
    title: t('errors.title'),
    message: requestId ? `${text} (${t('errors.requestId', { requestId })})` : text,
  })
}
