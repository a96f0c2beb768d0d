import '@mantine/charts/styles.css'
import { BarChart, LineChart } from '@mantine/charts'
import { Stack, Text } from '@mantine/core'
import type { Occupancy } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10)

/**
 * Occupied, reserved and free beds stacked per night, and the occupancy rate. Loaded with the charts chunk
 * only when the occupancy tab is opened; the table beside it says the same for screen readers.
 */
export const OccupancyChart = ({
  occupancy,
  label,
  rateLabel,
}: {
  occupancy: Occupancy
  label: string
  rateLabel: string
}) => {
  const { t } = useTranslation()
  const data = occupancy.days.map((day) => ({
    day: day.date.slice(8),
    occupied: day.occupied,
    reserved: day.reserved,
    free: day.free,
    rate: percent(day.occupancyRate),
  }))
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('accommodation.occupancy.bedsTitle')}
        </Text>
        <BarChart
          h={260}
          data={data}
          dataKey="day"
          type="stacked"
          withLegend
          role="img"
          aria-label={label}
          series={[
            { name: 'occupied', label: t('accommodation.occupancy.occupied'), color: 'blue.7' },
            { name: 'reserved', label: t('accommodation.occupancy.reserved'), color: 'yellow.5' },
            { name: 'free', label: t('accommodation.occupancy.free'), color: 'teal.3' },
          ]}
        />
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('accommodation.occupancy.rateTitle')}
        </Text>
        <LineChart
          h={180}
          data={data}
          dataKey="day"
          unit="%"
          yAxisProps={{ domain: [0, 100] }}
          role="img"
          aria-label={rateLabel}
          connectNulls={false}
          series={[{ name: 'rate', label: t('accommodation.occupancy.rate'), color: 'blue.7' }]}
        />
      </Stack>
    </Stack>
  )
}
