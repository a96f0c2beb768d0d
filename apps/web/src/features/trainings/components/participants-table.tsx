import { Table, Text } from '@mantine/core'
import type { Training } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { CompletionCell } from './completion-cell'
import { WithdrawParticipant } from './withdraw-participant'

/**
 * Who takes part and from where; for those who manage trainings also their e-mail, how many sessions they
 * attended and their completion, and withdrawing them. Others get names and organisations only from the API.
 */
export const ParticipantsTable = ({ training, canManage }: { training: Training; canManage: boolean }) => {
  const { t } = useTranslation()
  if (training.participants.length === 0) return <Text>{t('trainings.participants.none')}</Text>
  const open = training.status !== 'cancelled'
  return (
    <Table.ScrollContainer minWidth={canManage ? 720 : 420}>
      <Table striped>
        <Table.Caption>
          {t('trainings.participants.caption', { n: training.enrolledCount, capacity: training.capacity })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('trainings.participants.name')}</Table.Th>
            <Table.Th scope="col">{t('trainings.participants.organisation')}</Table.Th>
            <Table.Th scope="col">{t('trainings.participants.kind')}</Table.Th>
            {canManage ? (
              <>
                <Table.Th scope="col">{t('trainings.participants.attended')}</Table.Th>
                <Table.Th scope="col">{t('trainings.participants.completion')}</Table.Th>
                {open ? <Table.Th scope="col">{t('trainings.participants.actions')}</Table.Th> : null}
              </>
            ) : null}
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
              {canManage ? (
                <>
                  <Table.Td>
                    {t('trainings.participants.attendedOf', {
                      n: p.attendance.filter((a) => a.status === 'present').length,
                      of: training.sessions.length,
                    })}
                  </Table.Td>
                  <Table.Td>
                    <CompletionCell trainingId={training.id} participant={p} canRecord={open} />
                  </Table.Td>
                  {open ? (
                    <Table.Td>
                      {p.status === 'enrolled' && p.completion === null ? (
                        <WithdrawParticipant trainingId={training.id} participant={p} />
                      ) : null}
                    </Table.Td>
                  ) : null}
                </>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
