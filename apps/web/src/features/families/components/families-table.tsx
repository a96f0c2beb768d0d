import { Anchor, Group, Table, Text } from '@mantine/core'
import type { Family } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDate } from '../../../lib/format'
import { OverdueBadge, StatusBadge } from './status-badge'

export const FamiliesTable = ({ families }: { families: readonly Family[] }) => {
  const { t, i18n } = useTranslation()
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('families.columns.reference')}</Table.Th>
            <Table.Th scope="col">{t('families.columns.members')}</Table.Th>
            <Table.Th scope="col">{t('families.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('families.columns.caseManager')}</Table.Th>
            <Table.Th scope="col">{t('families.columns.municipality')}</Table.Th>
            <Table.Th scope="col">{t('families.columns.opened')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {families.map((family) => (
            <Table.Tr key={family.id}>
              <Table.Td>
                <Anchor component={Link} to={`/families/${family.id}`} fw={600}>
                  {family.referenceCode}
                </Anchor>
              </Table.Td>
              <Table.Td>{family.memberNames.join(', ') || '—'}</Table.Td>
              <Table.Td miw={240}>
                <Group gap={4}>
                  <StatusBadge status={family.status} />
                  {family.firstAssessmentOverdue ? <OverdueBadge /> : null}
                </Group>
              </Table.Td>
              <Table.Td>
                {family.caseManager ? (
                  family.caseManager.name
                ) : (
                  <Text span c="dimmed" size="sm">
                    {t('families.noCaseManager')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{family.municipality}</Table.Td>
              <Table.Td>{formatDate(family.openedAt, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
