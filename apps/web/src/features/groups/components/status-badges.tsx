import { Badge } from '@mantine/core'
import type { AttendanceStatus, GroupRunStatus, GroupSessionStatus } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

const RUN_COLOURS: Record<GroupRunStatus, string> = {
  planned: 'blue',
  running: 'teal',
  finished: 'gray',
  cancelled: 'red',
}
const SESSION_COLOURS: Record<GroupSessionStatus, string> = {
  scheduled: 'blue',
  held: 'teal',
  cancelled: 'red',
}
export const ATTENDANCE_COLOURS: Record<AttendanceStatus, string> = {
  present: 'teal',
  absent: 'red',
  excused: 'yellow',
}

export const RunStatusBadge = ({ status }: { status: GroupRunStatus }) => {
  const { t } = useTranslation()
  return (
    <Badge color={RUN_COLOURS[status]} variant="light">
      {t(`groups.runStatuses.${status}`)}
    </Badge>
  )
}

export const SessionStatusBadge = ({ status }: { status: GroupSessionStatus }) => {
  const { t } = useTranslation()
  return (
    <Badge color={SESSION_COLOURS[status]} variant="light">
      {t(`groups.sessionStatuses.${status}`)}
    </Badge>
  )
}
