import { Anchor, Table } from '@mantine/core'
import type { DeliveredService } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDateTime } from '../../../lib/format'

/** One row per person and delivery, newest first, as the API lists them. */
export const DeliveredTable = ({
  rows,
  nameOf,
}: {
  rows: readonly DeliveredService[]
  /** The service's name in the reader's language (the API names it in Lithuanian). */
  nameOf: (serviceId: string, fallback: string) => string
}) => {
  const { t, i18n } = useTranslation()
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped aria-label={t('reports.delivered.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.delivered.deliveredAt')}</Table.Th>
            <Table.Th scope="col">{t('reports.delivered.service')}</Table.Th>
            <Table.Th scope="col">{t('reports.delivered.person')}</Table.Th>
            <Table.Th scope="col">{t('reports.delivered.family')}</Table.Th>
            <Table.Th scope="col">{t('reports.delivered.deliveredBy')}</Table.Th>
            <Table.Th scope="col">{t('reports.delivered.source')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('reports.delivered.duration')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{formatDateTime(row.deliveredAt, i18n.language)}</Table.Td>
              <Table.Td>{nameOf(row.serviceId, row.serviceName)}</Table.Td>
              <Table.Td>{row.person.name}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/families/${row.familyId}`}>
                  {row.familyReferenceCode}
                </Anchor>
              </Table.Td>
              <Table.Td>{row.deliveredBy?.name ?? '—'}</Table.Td>
              <Table.Td>{t(`reports.delivered.sources.${row.sourceKind}`)}</Table.Td>
              <Table.Td ta="right">{t('reports.delivered.minutes', { n: row.durationMinutes })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
