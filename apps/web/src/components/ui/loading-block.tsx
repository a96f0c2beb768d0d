import { Box, Center, Loader, Skeleton, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** A spinner, or placeholder rows where a table will appear; named for screen readers either way. */
export const LoadingBlock = ({
  fullPage = false,
  rows = false,
  compact = false,
  label,
}: {
  fullPage?: boolean
  rows?: boolean
  /** A small spinner in line, for a card. */
  compact?: boolean
  label?: string
}) => {
  const { t } = useTranslation()
  const name = label ?? t('common.loading')
  if (rows)
    return (
      <Stack gap="xs" role="status" aria-label={name}>
        {[0, 1, 2, 3].map((row) => (
          <Skeleton key={row} height={32} />
        ))}
      </Stack>
    )
  if (compact)
    return (
      <Box role="status">
        <Loader size="sm" aria-label={name} />
      </Box>
    )
  return (
    <Center mih={fullPage ? '100vh' : 160} role="status" aria-live="polite">
      <Loader aria-label={name} />
    </Center>
  )
}
