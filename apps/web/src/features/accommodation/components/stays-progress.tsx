import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AllPagesQuery } from '../../../lib/all-pages'

/** While further pages of stays are coming: how many have arrived, so the wait says what it waits for. */
export const StaysProgress = ({
  query,
}: {
  query: Pick<AllPagesQuery<unknown>, 'loaded' | 'loadingMore'>
}) => {
  const { t } = useTranslation()
  if (!query.loadingMore) return null
  return (
    <Text size="sm" c="dimmed" role="status" aria-live="polite" mb="xs">
      {t('accommodation.board.loadingStays', { count: query.loaded })}
    </Text>
  )
}
