import { BarChart } from '@mantine/charts'
import type { AttendanceReport } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { rowLabel } from './row-label'

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10)

/** No-show and cancellation rates side by side per row, in percent. */
export const AttendanceChart = ({ report }: { report: AttendanceReport }) => {
  const { t, i18n } = useTranslation()
  const data = report.rows.map((row) => ({
    label: rowLabel(row.label, report.groupBy, i18n.language),
    noShowRate: percent(row.noShowRate),
    cancellationRate: percent(row.cancellationRate),
  }))
  return (
    <BarChart
      h={320}
      data={data}
      dataKey="label"
      unit="%"
      yAxisProps={{ domain: [0, 100] }}
      withLegend
      role="img"
      aria-label={t('reports.attendance.chartLabel')}
      series={[
        { name: 'noShowRate', label: t('reports.attendance.noShowRate'), color: 'red.6' },
        { name: 'cancellationRate', label: t('reports.attendance.cancellationRate'), color: 'orange.5' },
      ]}
    />
  )
}
