import { notifications } from '@mantine/notifications'
import type { TFunction } from 'i18next'
import { isApiError } from './api-error'
import { problemMessage } from './problem-message'

export const notifySuccess = (message: string) => {
  notifications.show({ color: 'teal', message })
}

export const notifyError = (error: unknown, t: TFunction) => {
  const requestId = isApiError(error) ? error.requestId : undefined
  notifications.show({
    color: 'red',
    title: t('errors.title'),
    message: requestId
      ? `${problemMessage(error, t)} (${t('errors.requestId', { requestId })})`
      : problemMessage(error, t),
  })
}
