import { Button, Group, Stack, Table, Text } from '@mantine/core'
import type { GroupRun, GroupSession } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { formatDateTime } from '../../../lib/format'
import { AddSessionForm } from './add-session-form'
import { CancelSessionForm } from './cancel-session-form'
import { SessionStatusBadge } from './status-badges'

const minutesOf = (session: GroupSession) =>
  Math.round((new Date(session.endsAt).getTime() - new Date(session.startsAt).getTime()) / 60_000)

export const hasStarted = (session: GroupSession, now = Date.now()) =>
  new Date(session.startsAt).getTime() <= now

type Dialog = { kind: 'add' } | { kind: 'cancel'; session: GroupSession } | null

/** The run's sessions in order: when, status and attendance; organisers add and cancel sessions. */
export const SessionsPanel = ({
  run,
  canOrganise,
  canTakeAttendance,
  onTakeAttendance,
}: {
  run: GroupRun
  canOrganise: boolean
  canTakeAttendance: boolean
  onTakeAttendance: (sessionId: string) => void
}) => {
  const { t, i18n } = useTranslation()
  const [dialog, setDialog] = useState<Dialog>(null)
  const close = () => setDialog(null)
  const open = run.status === 'planned' || run.status === 'running'
  const first = run.sessions[0]

  return (
    <Stack>
      {canOrganise && open ? (
        <Button w="fit-content" variant="light" onClick={() => setDialog({ kind: 'add' })}>
          {t('groups.sessions.add')}
        </Button>
      ) : null}
      <Table.ScrollContainer minWidth={720}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">#</Table.Th>
              <Table.Th scope="col">{t('groups.sessions.when')}</Table.Th>
              <Table.Th scope="col">{t('groups.sessions.status')}</Table.Th>
              <Table.Th scope="col">{t('groups.sessions.attendance')}</Table.Th>
              <Table.Th scope="col">{t('groups.sessions.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {run.sessions.map((session, index) => {
              const when = formatDateTime(session.startsAt, i18n.language)
              return (
                <Table.Tr key={session.id}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td>
                    {when}
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · {t('groups.sessions.minutes', { n: minutesOf(session) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <SessionStatusBadge status={session.status} />
                    {session.cancelReason ? (
                      <Text size="xs" c="dimmed">
                        {session.cancelReason}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {session.status === 'held'
                      ? t('groups.sessions.present', { n: session.presentCount })
                      : '—'}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {canTakeAttendance && session.status !== 'cancelled' && hasStarted(session) ? (
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={`${t('groups.sessions.takeAttendance')}: ${when}`}
                          onClick={() => onTakeAttendance(session.id)}
                        >
                          {t('groups.sessions.takeAttendance')}
                        </Button>
                      ) : null}
                      {canOrganise && session.status === 'scheduled' ? (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          aria-label={`${t('groups.sessions.cancelSession')}: ${when}`}
                          onClick={() => setDialog({ kind: 'cancel', session })}
                        >
                          {t('groups.sessions.cancelSession')}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <GuardedModal
        opened={dialog !== null}
        onClose={close}
        title={
          dialog?.kind === 'cancel'
            ? `${t('groups.sessions.cancelSession')}: ${formatDateTime(dialog.session.startsAt, i18n.language)}`
            : t('groups.sessions.add')
        }
      >
        {dialog?.kind === 'add' ? (
          <AddSessionForm runId={run.id} defaultMinutes={first ? minutesOf(first) : 90} onDone={close} />
        ) : null}
        {dialog?.kind === 'cancel' ? (
          <CancelSessionForm runId={run.id} sessionId={dialog.session.id} onDone={close} />
        ) : null}
      </GuardedModal>
    </Stack>
  )
}
