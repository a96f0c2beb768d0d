import { Alert, Badge, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core'
import {
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
  type AttendanceRegister as Register,
} from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatDateTime } from '../../../lib/format'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useSessionAttendance } from '../api/get-session-attendance'
import { useRecordSessionAttendance } from '../api/record-session-attendance'
import { ATTENDANCE_COLOURS } from './status-badges'

type Entry = Register['entries'][number]

const isStatus = (value: string): value is AttendanceStatus =>
  ATTENDANCE_STATUSES.includes(value as AttendanceStatus)

/**
 * The attendance register of one session: a row per enrolled person with present / absent / excused (radio
 * buttons, so arrow keys move between them), saved together. Persons withdrawn after their attendance was
 * taken stay listed as they were recorded.
 */
export const AttendanceRegister = ({ runId, sessionId }: { runId: string; sessionId: string }) => {
  const register = useSessionAttendance(runId, sessionId)
  return (
    <SectionShell query={register}>
      {(data) => <RegisterSheet runId={runId} sessionId={sessionId} register={data} />}
    </SectionShell>
  )
}

const RegisterSheet = ({
  runId,
  sessionId,
  register,
}: {
  runId: string
  sessionId: string
  register: Register
}) => {
  const { t, i18n } = useTranslation()
  const record = useRecordSessionAttendance(runId, sessionId)
  // Only what the user changed since the register was read; the rest shows as recorded.
  const [edits, setEdits] = useState<Record<string, AttendanceStatus>>({})

  const { session, entries } = register
  const started = new Date(session.startsAt).getTime() <= Date.now()
  const editable = started && session.status !== 'cancelled'
  const marked = (entry: Entry) => edits[entry.personId] ?? entry.status
  const current = entries.filter((entry) => entry.enrolmentStatus === 'enrolled')
  const unmarked = current.filter((entry) => marked(entry) === null)
  const dirty = current.some((entry) => edits[entry.personId] && edits[entry.personId] !== entry.status)

  const mark = (personId: string, status: AttendanceStatus) =>
    setEdits((all) => ({ ...all, [personId]: status }))
  const markRestPresent = () =>
    setEdits((all) => ({
      ...all,
      ...Object.fromEntries(unmarked.map((entry) => [entry.personId, 'present'])),
    }))

  const save = () => {
    const body = current.flatMap((entry) => {
      const status = marked(entry)
      return status ? [{ personId: entry.personId, status }] : []
    })
    record.mutate(
      { entries: body },
      {
        onSuccess: () => {
          setEdits({})
          notifySuccess(t('groups.register.saved'))
        },
        onError: (error) => notifyError(error, t),
      },
    )
  }

  const counts = ATTENDANCE_STATUSES.map((status) => ({
    status,
    n: current.filter((entry) => marked(entry) === status).length,
  }))

  return (
    <Stack>
      <Group gap="sm">
        <Text fw={600}>{formatDateTime(session.startsAt, i18n.language)}</Text>
        {counts.map(({ status, n }) => (
          <Badge key={status} color={ATTENDANCE_COLOURS[status]} variant="light">
            {t(`groups.attendanceStatuses.${status}`)}: {n}
          </Badge>
        ))}
        {unmarked.length > 0 ? (
          <Badge color="gray" variant="light">
            {t('groups.register.unmarked', { n: unmarked.length })}
          </Badge>
        ) : null}
      </Group>
      {session.status === 'cancelled' ? (
        <Alert color="gray">{t('groups.register.cancelled')}</Alert>
      ) : !started ? (
        <Alert color="blue">{t('groups.register.notStarted')}</Alert>
      ) : null}
      {entries.length === 0 ? (
        <Text c="dimmed">{t('groups.register.nobody')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label={t('groups.register.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('groups.enrolments.person')}</Table.Th>
                <Table.Th scope="col">{t('groups.register.status')}</Table.Th>
                <Table.Th scope="col">{t('groups.register.recordedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => {
                const status = marked(entry)
                return (
                  <Table.Tr key={entry.enrolmentId}>
                    <Table.Th scope="row" fw={500}>
                      {entry.name}
                    </Table.Th>
                    <Table.Td>
                      {entry.enrolmentStatus === 'enrolled' ? (
                        <SegmentedControl
                          aria-label={t('groups.register.statusOf', { name: entry.name })}
                          value={status ?? ''}
                          disabled={!editable}
                          color={status ? ATTENDANCE_COLOURS[status] : undefined}
                          onChange={(value) => isStatus(value) && mark(entry.personId, value)}
                          data={ATTENDANCE_STATUSES.map((s) => ({
                            value: s,
                            label: t(`groups.attendanceStatuses.${s}`),
                          }))}
                        />
                      ) : (
                        <Group gap="xs">
                          {status ? (
                            <Badge color={ATTENDANCE_COLOURS[status]} variant="light">
                              {t(`groups.attendanceStatuses.${status}`)}
                            </Badge>
                          ) : null}
                          <Text size="xs" c="dimmed">
                            {t('groups.register.withdrawnSince')}
                          </Text>
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {entry.recordedAt ? formatDateTime(entry.recordedAt, i18n.language) : '—'}
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editable && current.length > 0 ? (
        <Group>
          <Button onClick={save} loading={record.isPending} disabled={unmarked.length === current.length}>
            {t('groups.register.save')}
          </Button>
          {unmarked.length > 0 ? (
            <Button variant="default" onClick={markRestPresent}>
              {t('groups.register.restPresent')}
            </Button>
          ) : null}
          {dirty ? (
            <Text size="sm" c="orange" role="status">
              {t('groups.register.unsaved')}
            </Text>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  )
}
