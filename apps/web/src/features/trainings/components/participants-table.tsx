import { Table, Text } from '@mantine/core'
import type { Training } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { CompletionCell } from './completion-cell'

/** Who takes part, from where, how many sessions they attended, and their completion. */
export const ParticipantsTable = ({ training, canManage }: { training: Training; canManage: boolean }) => {
  const { t } = useTranslation()
  if (training.participants.length === 0) return <Text>{t('trainings.participants.none')}</Text>
  const open = training.status !== 'cancelled'
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Caption>
          {t('trainings.participants.caption', { n: training.enrolledCount, capacity: training.capacity })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('trainings.participants.name')}</Table.Th>
            <Table.Th scope="col">{t('trainings.participants.organisation')}</Table.Th>
            <Table.Th scope="col">{t('trainings.participants.kind')}</Table.Th>
            <Table.Th scope="col">{t('trainings.participants.attended')}</Table.Th>
            <Table.Th scope="col">{t('trainings.participants.completion')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {training.participants.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Th scope="row">
                {p.name}
                {p.email ? (
                  <Text size="xs" c="dimmed">
                    {p.email}
                  </Text>
                ) : null}
              </Table.Th>
              <Table.Td>{p.organisation}</Table.Td>
              <Table.Td>{t(`trainings.participantKinds.${p.kind}`)}</Table.Td>
              <Table.Td>
                {t('trainings.participants.attendedOf', {
                  n: p.attendance.filter((a) => a.status === 'present').length,
                  of: training.sessions.length,
                })}
              </Table.Td>
              <Table.Td>
                <CompletionCell trainingId={training.id} participant={p} canRecord={canManage && open} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
