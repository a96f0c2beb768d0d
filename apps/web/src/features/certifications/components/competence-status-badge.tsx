import { Badge, Stack, Text } from '@mantine/core'
import type { CompetenceCell, CompetenceStatus } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import type { Static } from 'typebox'
import { formatDay } from '../../../lib/format'

type Cell = Static<typeof CompetenceCell>

/** Each status its colour, and always its word too, so colour never carries the meaning alone. */
const COLOURS: Record<CompetenceStatus, string> = {
  certified: 'teal',
  expiring: 'orange',
  expired: 'red',
  in_training: 'blue',
  none: 'gray',
}

/** One cell of the matrix: the status, and for a certification its level and last valid day. */
export const CompetenceStatusBadge = ({ cell }: { cell: Cell }) => {
  const { t, i18n } = useTranslation()
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={COLOURS[cell.status]} variant={cell.status === 'none' ? 'outline' : 'light'}>
        {t(`certifications.statuses.${cell.status}`)}
      </Badge>
      {cell.level && cell.validUntil ? (
        <Text size="xs" c="dimmed">
          {t('certifications.matrix.cellDetail', {
            level: t(`certifications.levels.${cell.level}`),
            day: formatDay(cell.validUntil, i18n.language),
          })}
        </Text>
      ) : null}
    </Stack>
  )
}
