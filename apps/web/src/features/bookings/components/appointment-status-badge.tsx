import { Badge } from '@mantine/core'
import type { AppointmentStatus } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

const COLORS: Record<AppointmentStatus, string> = {
  scheduled: 'indigo',
  completed: 'teal',
  no_show: 'orange',
  cancelled: 'gray',
}

export const AppointmentStatusBadge = ({ status }: { status: AppointmentStatus }) => {
  const { t } = useTranslation()
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`bookings.statuses.${status}`)}
    </Badge>
  )
}
