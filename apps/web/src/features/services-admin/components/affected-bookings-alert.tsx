import { Alert, Anchor, List, Text } from '@mantine/core'
import type { AffectedBooking } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDateTime, todayInVilnius } from '../../../lib/format'

/**
 * The bookings a saved absence or working-hours change left stranded, each linking to its day in the
 * calendar; the API cancels nothing, so staff reschedule them by hand.
 */
export const AffectedBookingsAlert = ({
  bookings,
  title,
  onClose,
}: {
  bookings: readonly AffectedBooking[]
  title: string
  onClose: () => void
}) => {
  const { t, i18n } = useTranslation()
  if (bookings.length === 0) return null
  return (
    <Alert
      color="yellow"
      title={title}
      withCloseButton
      closeButtonLabel={t('servicesAdmin.affected.dismiss')}
      onClose={onClose}
    >
      <Text size="sm" mb="xs">
        {t('servicesAdmin.affected.intro')}
      </Text>
      <List size="sm" spacing={4}>
        {bookings.map((booking) => {
          const day = todayInVilnius(new Date(booking.startsAt))
          const when = formatDateTime(booking.startsAt, i18n.language)
          return (
            <List.Item key={booking.id}>
              <Anchor
                component={Link}
                to={`/calendar?view=timeGridDay&date=${day}`}
                aria-label={t('servicesAdmin.affected.openDay', { date: when })}
              >
                {when}
              </Anchor>{' '}
              {booking.title ?? t('servicesAdmin.affected.hidden')}
              {booking.familyReferenceCode
                ? `, ${t('servicesAdmin.affected.family', { code: booking.familyReferenceCode })}`
                : null}
            </List.Item>
          )
        })}
      </List>
    </Alert>
  )
}
