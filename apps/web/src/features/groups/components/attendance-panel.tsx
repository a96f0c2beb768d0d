import { Select, Stack, Text } from '@mantine/core'
import type { GroupRun } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../../lib/format'
import { AttendanceRegister } from './attendance-register'
import { hasStarted } from './sessions-panel'

/** The session a register opens on: the latest that has started, else the first; never a cancelled one. */
export const defaultRegisterSession = (run: GroupRun, now = Date.now()): string | null => {
  const usable = run.sessions.filter((session) => session.status !== 'cancelled')
  const started = usable.filter((session) => hasStarted(session, now))
  return (started.at(-1) ?? usable[0])?.id ?? null
}

/** Pick a session, take its attendance. */
export const AttendancePanel = ({
  run,
  sessionId,
  onSessionChange,
}: {
  run: GroupRun
  sessionId: string | null
  onSessionChange: (sessionId: string) => void
}) => {
  const { t, i18n } = useTranslation()
  const usable = run.sessions.filter((session) => session.status !== 'cancelled')
  if (usable.length === 0) return <Text c="dimmed">{t('groups.register.noSessions')}</Text>
  const chosen = sessionId ?? defaultRegisterSession(run)
  return (
    <Stack>
      <Select
        label={t('groups.register.session')}
        allowDeselect={false}
        w={320}
        data={run.sessions.map((session, index) => ({
          value: session.id,
          label: `${index + 1}. ${formatDateTime(session.startsAt, i18n.language)}`,
          disabled: session.status === 'cancelled',
        }))}
        value={chosen}
        onChange={(value) => value && onSessionChange(value)}
      />
      {chosen ? <AttendanceRegister key={chosen} runId={run.id} sessionId={chosen} /> : null}
    </Stack>
  )
}
