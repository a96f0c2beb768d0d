import { SegmentedControl, Select, Table, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { ATTENDANCE_STATUSES, type AttendanceStatus, type Training } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { formatWhen } from '../../../lib/times'
import { useRecordAttendance } from '../api/participant-changes'

type Marks = Record<string, AttendanceStatus | null>

const marksAt = (training: Training, sessionId: string): Marks =>
  Object.fromEntries(
    training.participants
      .filter((p) => p.status === 'enrolled')
      .map((p) => [p.id, p.attendance.find((a) => a.sessionId === sessionId)?.status ?? null]),
  )

const SessionRegister = ({ training, sessionId }: { training: Training; sessionId: string }) => {
  const { t } = useTranslation()
  const record = useRecordAttendance(training.id, sessionId)
  const form = useForm<{ marks: Marks }>({ initialValues: { marks: marksAt(training, sessionId) } })
  const enrolled = training.participants.filter((p) => p.status === 'enrolled')
  if (enrolled.length === 0) return <Text size="sm">{t('trainings.attendance.nobody')}</Text>
  return (
    <FormShell
      form={form}
      ariaLabel={t('trainings.attendance.title')}
      submit={({ marks }) => {
        const entries = Object.entries(marks).flatMap(([participantId, status]) =>
          status ? [{ participantId, status }] : [],
        )
        return entries.length ? record.mutateAsync({ entries }) : undefined
      }}
      successMessage={t('trainings.attendance.saved')}
      submitLabel={t('trainings.attendance.save')}
    >
      <Table.ScrollContainer minWidth={420}>
        <Table>
          <Table.Caption>{t('trainings.attendance.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('trainings.participants.name')}</Table.Th>
              <Table.Th scope="col">{t('trainings.attendance.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {enrolled.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Th scope="row">{p.name}</Table.Th>
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    aria-label={t('trainings.attendance.of', { name: p.name })}
                    data={ATTENDANCE_STATUSES.map((status) => ({
                      value: status,
                      label: t(`trainings.attendanceStatuses.${status}`),
                    }))}
                    value={form.values.marks[p.id] ?? ''}
                    onChange={(status) => form.setFieldValue(`marks.${p.id}`, status as AttendanceStatus)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </FormShell>
  )
}

/** Attendance of one session at a time: pick the session, mark each enrolled participant. */
export const AttendanceForm = ({ training }: { training: Training }) => {
  const { t, i18n } = useTranslation()
  const [sessionId, setSessionId] = useState(training.sessions[0]?.id ?? null)
  return (
    <>
      <Select
        label={t('trainings.attendance.session')}
        allowDeselect={false}
        maw={360}
        mb="md"
        data={training.sessions.map((s) => ({
          value: s.id,
          label: formatWhen(s.startsAt, s.endsAt, i18n.language),
        }))}
        value={sessionId}
        onChange={setSessionId}
      />
      {sessionId ? <SessionRegister key={sessionId} training={training} sessionId={sessionId} /> : null}
    </>
  )
}
