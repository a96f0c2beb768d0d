import { Alert, Badge, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import {
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
  type AttendanceRegister as Register,
} from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { DraftNotice, FormProblem } from '../../../components/ui/form-alerts'
import { SectionShell } from '../../../components/ui/section-shell'
import { useFormShell } from '../../../lib/form-shell'
import { formatDateTime } from '../../../lib/format'
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
      {(data) => (
        <RegisterSheet runId={runId} sessionId={sessionId} register={data} readAt={register.dataUpdatedAt} />
      )}
    </SectionShell>
  )
}

/** Each enrolled person's mark by person id; null until marked. */
type Marks = Record<string, AttendanceStatus | null>

const recordedMarks = (entries: readonly Entry[]): Marks =>
  Object.fromEntries(
    entries
      .filter((entry) => entry.enrolmentStatus === 'enrolled')
      .map((entry) => [entry.personId, entry.status]),
  )

const RegisterSheet = ({
  runId,
  sessionId,
  register,
  readAt,
}: {
  runId: string
  sessionId: string
  register: Register
  /** When the register was read: a newer read shows others' marks on the persons not marked here. */
  readAt: number
}) => {
  const { t, i18n } = useTranslation()
  const record = useRecordSessionAttendance(runId, sessionId)
  const { session, entries } = register
  const started = new Date(session.startsAt).getTime() <= Date.now()
  const editable = started && session.status !== 'cancelled'
  const recorded = recordedMarks(entries)
  const form = useForm<Marks>({ initialValues: recorded })
  const current = entries.filter((entry) => entry.enrolmentStatus === 'enrolled')
  // A person enrolled since the form opened has no mark in it yet: they show as recorded.
  const markIn = (marks: Marks, entry: Entry) => marks[entry.personId] ?? entry.status
  const shell = useFormShell<Marks, Register>({
    form,
    submit: (marks) =>
      record.mutateAsync({
        entries: current.flatMap((entry) => {
          const status = markIn(marks, entry)
          return status ? [{ personId: entry.personId, status }] : []
        }),
      }),
    successMessage: t('groups.register.saved'),
    problemTitle: t('groups.register.notSaved'),
    // The register has no version of its own; the time it was read stands in for one.
    record: { version: readAt, values: recorded },
    draftKey: editable ? `attendance:${sessionId}` : undefined,
  })

  const marked = (entry: Entry) =>
    entry.enrolmentStatus === 'enrolled' ? markIn(form.values, entry) : entry.status
  const unmarked = current.filter((entry) => marked(entry) === null)
  const mark = (personId: string, status: AttendanceStatus) => form.setFieldValue(personId, status)
  const markRestPresent = () =>
    form.setValues(Object.fromEntries(unmarked.map((entry) => [entry.personId, 'present'])))

  const counts = ATTENDANCE_STATUSES.map((status) => ({
    status,
    n: current.filter((entry) => marked(entry) === status).length,
  }))

  return (
    <form onSubmit={shell.handleSubmit} noValidate>
      <Stack>
        <DraftNotice shell={shell} />
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
        <FormProblem shell={shell} />
        {editable && current.length > 0 ? (
          <Group>
            <Button type="submit" loading={shell.pending} disabled={unmarked.length === current.length}>
              {t('groups.register.save')}
            </Button>
            {unmarked.length > 0 ? (
              <Button variant="default" onClick={markRestPresent}>
                {t('groups.register.restPresent')}
              </Button>
            ) : null}
            {shell.dirty ? (
              <Text size="sm" c="orange" role="status">
                {t('groups.register.unsaved')}
              </Text>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </form>
  )
}
