import { Stack, Table, Text } from '@mantine/core'
import type { Occupancy } from '@onestop/contracts'
import { lazy, Suspense, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Fact } from '../../../components/ui/fact'
import { LoadingBlock } from '../../../components/ui/loading-block'
import { ScrollRegion } from '../../../components/ui/scroll-region'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatDay, formatRate } from '../../../lib/format'
import type { FacilityName } from '../api/facility-names'
import { useOccupancy } from '../api/occupancy'
import { formatMonth, monthRange } from '../model/months'
import { MonthStepper } from './month-stepper'

// The charts library is a chunk of its own, fetched only when someone opens this tab.
const OccupancyChart = lazy(() =>
  import('./occupancy-chart').then((module) => ({ default: module.OccupancyChart })),
)

const COLUMNS = ['beds', 'inService', 'occupied', 'reserved', 'free'] as const

/** The figures of the chart night by night; titled above, scrolling sideways on its own on a phone. */
export const OccupancyTable = ({ occupancy, caption }: { occupancy: Occupancy; caption: string }) => {
  const { t, i18n } = useTranslation()
  const captionId = useId()
  return (
    <Stack gap="xs">
      <Text id={captionId} size="sm" fw={600}>
        {caption}
      </Text>
      <ScrollRegion labelledBy={captionId} minWidth={560}>
        <Table striped aria-labelledby={captionId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('accommodation.occupancy.date')}</Table.Th>
              {COLUMNS.map((column) => (
                <Table.Th key={column} scope="col" ta="right">
                  {t(`accommodation.occupancy.${column}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('accommodation.occupancy.rate')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {occupancy.days.map((day) => (
              <Table.Tr key={day.date}>
                <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                  {formatDay(day.date, i18n.language)}
                </Table.Th>
                {COLUMNS.map((column) => (
                  <Table.Td key={column} ta="right">
                    {day[column]}
                  </Table.Td>
                ))}
                <Table.Td ta="right">{formatRate(day.occupancyRate, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Stack>
  )
}

const AverageStay = ({ occupancy }: { occupancy: Occupancy }) => {
  const { t, i18n } = useTranslation()
  const average = occupancy.averageLengthOfStay
  return (
    <Fact label={t('accommodation.occupancy.averageStay')}>
      {average === null
        ? t('accommodation.occupancy.noStaysEnded')
        : t('accommodation.occupancy.averageStayValue', {
            nights: new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'lt-LT', {
              maximumFractionDigits: 1,
            }).format(average),
            count: occupancy.staysEnded,
          })}
    </Fact>
  )
}

/** A facility's beds per night over a month, as a chart and the same figures in a table, and the average stay. */
export const OccupancyTab = ({
  facility,
  month,
  onMonth,
}: {
  facility: FacilityName
  month: string
  onMonth: (month: string) => void
}) => {
  const { t, i18n } = useTranslation()
  const { from, to } = monthRange(month)
  const occupancy = useOccupancy(facility.id, from, to)
  const monthName = formatMonth(month, i18n.language)
  return (
    <Stack>
      <MonthStepper value={month} onChange={onMonth} />
      <SectionShell query={occupancy} loadingRows>
        {(data) => (
          <Stack>
            <AverageStay occupancy={data} />
            <Suspense fallback={<LoadingBlock rows />}>
              <OccupancyChart
                occupancy={data}
                label={t('accommodation.occupancy.chartLabel', { facility: facility.name, month: monthName })}
                rateLabel={t('accommodation.occupancy.rateChartLabel', {
                  facility: facility.name,
                  month: monthName,
                })}
              />
            </Suspense>
            <OccupancyTable
              occupancy={data}
              caption={t('accommodation.occupancy.tableCaption', {
                facility: facility.name,
                month: monthName,
              })}
            />
          </Stack>
        )}
      </SectionShell>
    </Stack>
  )
}
