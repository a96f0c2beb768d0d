import { Alert, Loader, Stack, Text } from '@mantine/core'
import type { Availability, AvailableSlot } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { ErrorBlock } from '../../../components/ui/error-block'
import { SlotList } from './slot-list'

interface AvailabilityQuery {
  data: Availability | undefined
  isPending: boolean
  isFetching: boolean
  isError: boolean
  error: unknown
  refetch: () => unknown
}

/** The answer to a search: the free slots, or why there are none. */
export const SlotResults = ({
  availability,
  selected,
  onSelect,
}: {
  availability: AvailabilityQuery
  selected: string | null
  onSelect: (slot: AvailableSlot) => void
}) => {
  const { t } = useTranslation()
  if (availability.isError)
    return <ErrorBlock error={availability.error} onRetry={() => void availability.refetch()} />
  if (availability.isPending || !availability.data)
    return <Loader size="sm" aria-label={t('bookings.slots.searching')} />
  const { items, truncated } = availability.data
  return (
    <Stack gap="sm" aria-busy={availability.isFetching} aria-live="polite">
      <Text fw={600}>{t('bookings.slots.title')}</Text>
      {items.length === 0 ? (
        <Text c="dimmed">{t('bookings.slots.none')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('bookings.slots.pick')}
          </Text>
          <SlotList slots={items} selected={selected} onSelect={onSelect} />
          {truncated ? (
            <Alert color="blue" variant="light">
              {t('bookings.slots.truncated')}
            </Alert>
          ) : null}
        </>
      )}
    </Stack>
  )
}
