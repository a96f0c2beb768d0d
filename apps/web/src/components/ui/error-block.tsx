import { Alert, Button } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { problemMessage } from '../../lib/problem-message'

export const ErrorBlock = ({ error, onRetry }: { error: unknown; onRetry?: () => void }) => {
  const { t } = useTranslation()
  return (
    <Alert color="red" title={t('errors.title')} role="alert">
      {problemMessage(error, t)}
      {onRetry ? (
        <Button variant="light" color="red" size="xs" mt="sm" display="block" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  )
}
