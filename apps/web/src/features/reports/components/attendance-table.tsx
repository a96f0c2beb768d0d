import { Table } from '@mantine/core'
import type { AttendanceReport } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { formatRate } from '../../../lib/format'
import { totalsOf } from './rates'
import { rowLabel } from './row-label'

/** The numbers behind the chart, with a total over all rows. */
export const AttendanceTable = ({ report }: { report: AttendanceReport }) => {
  const { t, i18n } = useTranslation()
  const totals = totalsOf(report.rows)
  const figures = (row: ReturnType<typeof totalsOf>) => (
    <>
      <Table.Td ta="right">{row.total}</Table.Td>
      <Table.Td ta="right">{row.completed}</Table.Td>
      <Table.Td ta="right">{row.noShow}</Table.Td>
      <Table.Td ta="right">{row.cancelled}</Table.Td>
      <Table.Td ta="right">{formatRate(row.noShowRate, i18n.language)}</Table.Td>
      <Table.Td ta="right">{formatRate(row.cancellationRate, i18n.language)}</Table.Td>
    </>
  )
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(`reports.attendance.groupings.${report.groupBy}`)}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('reports.attendance.total')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('reports.attendance.completed')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('reports.attendance.noShow')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('reports.attendance.cancelled')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('reports.attendance.noShowRate')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('reports.attendance.cancellationRate')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400}>
                {rowLabel(row.label, report.groupBy, i18n.language)}
              </Table.Th>
              {figures(row)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row">{t('reports.attendance.allRows')}</Table.Th>
            {figures(totals)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  )
}
