import { Alert, Stack, Text } from '@mantine/core'
import type { Availability, AvailableSlot } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { SectionShell } from '../../../components/ui/section-shell'
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
  return (
    <Stack gap="sm" aria-busy={availability.isFetching} aria-live="polite">
      <Text fw={600}>{t('bookings.slots.title')}</Text>
      <SectionShell
        query={availability}
        compact
        loadingLabel={t('bookings.slots.searching')}
        empty={{ when: (data) => data.items.length === 0, title: t('bookings.slots.none') }}
      >
        {({ items, truncated }) => (
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
      </SectionShell>
    </Stack>
  )
}
