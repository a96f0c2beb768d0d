import '@mantine/charts/styles.css'
import '@mantine/dates/styles.css'
import { Paper, Stack, Text, Title } from '@mantine/core'
import { ATTENDANCE_GROUPINGS } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/ui/page-header'
import { SectionShell } from '../../../components/ui/section-shell'
import { todayInVilnius } from '../../../lib/format'
import { day, oneOf, useSearchState } from '../../../lib/use-search-state'
import { useAttendanceReport } from '../api/get-attendance-report'
import { AttendanceChart } from '../components/attendance-chart'
import { AttendanceFilters, type AttendanceFilterValues } from '../components/attendance-filters'
import { AttendanceTable } from '../components/attendance-table'

/** The first day of the month five months back: half a year up to today. */
const halfYearBefore = (today: string) => {
  const [year = 1970, month = 1] = today.split('-').map(Number)
  const start = new Date(Date.UTC(year, month - 6, 1))
  return start.toISOString().slice(0, 10)
}

/** The API takes at most two years from `from` to `to`. */
const withinTwoYears = (from: string, to: string) => {
  const [year = 1970, ...rest] = from.split('-')
  return to <= [String(Number(year) + 2), ...rest].join('-')
}

const SEARCH = { from: day, to: day, groupBy: oneOf(ATTENDANCE_GROUPINGS, 'service') }

export const AttendanceReportPage = () => {
  const { t } = useTranslation()
  const [search, setSearch] = useSearchState(SEARCH)
  // Half a year up to today until a period is chosen; a period being picked has its start only.
  const today = todayInVilnius()
  const filters: AttendanceFilterValues = {
    period:
      search.from || search.to ? [search.from || null, search.to || null] : [halfYearBefore(today), today],
    groupBy: search.groupBy,
  }
  const setFilters = ({ period: [from, to], groupBy }: AttendanceFilterValues) =>
    setSearch({ from: from ?? '', to: to ?? '', groupBy })
  const [from, to] = filters.period
  const tooLong = Boolean(from && to && !withinTwoYears(from, to))
  const report = useAttendanceReport(
    { from: from ?? '', to: to ?? '', groupBy: filters.groupBy },
    Boolean(from && to) && !tooLong,
  )

  return (
    <Stack gap={0}>
      <PageHeader title={t('reports.attendance.title')} />
      <Text c="dimmed" size="sm" mb="md">
        {t('reports.attendance.intro')}
      </Text>
      <AttendanceFilters
        value={filters}
        onChange={setFilters}
        error={tooLong ? t('reports.attendance.tooLong') : null}
      />
      {!from || !to || tooLong ? null : (
        <SectionShell
          query={report}
          empty={{
            when: (data) => data.rows.length === 0,
            title: t('reports.attendance.empty'),
            hint: t('reports.attendance.emptyHint'),
          }}
        >
          {(data) => (
            <Stack aria-busy={report.isFetching}>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('reports.attendance.chartTitle')}
                </Title>
                <AttendanceChart report={data} />
              </Paper>
              <Paper withBorder p="sm">
                <AttendanceTable report={data} />
              </Paper>
            </Stack>
          )}
        </SectionShell>
      )}
    </Stack>
  )
}
