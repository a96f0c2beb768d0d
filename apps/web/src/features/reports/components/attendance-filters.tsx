import { Group, SegmentedControl, Stack, Text } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { ATTENDANCE_GROUPINGS, type AttendanceGrouping } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { usePickerLabels } from '../../../components/ui/picker-labels'

export interface AttendanceFilterValues {
  period: [string | null, string | null]
  groupBy: AttendanceGrouping
}

const isGrouping = (value: string): value is AttendanceGrouping =>
  ATTENDANCE_GROUPINGS.includes(value as AttendanceGrouping)

/** The period (Vilnius days, both inclusive) and what to count by. */
export const AttendanceFilters = ({
  value,
  onChange,
  error,
}: {
  value: AttendanceFilterValues
  onChange: (value: AttendanceFilterValues) => void
  error: string | null
}) => {
  const { t, i18n } = useTranslation()
  const pickerLabels = usePickerLabels()
  return (
    <Group align="flex-end" mb="md" wrap="wrap">
      <DatePickerInput
        type="range"
        label={t('reports.attendance.period')}
        placeholder={t('reports.attendance.periodPlaceholder')}
        value={value.period}
        onChange={(period) => onChange({ ...value, period })}
        valueFormat="YYYY-MM-DD"
        locale={i18n.language}
        allowSingleDateInRange
        ariaLabels={pickerLabels}
        error={error}
        w={260}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="attendance-group-by">
          {t('reports.attendance.groupBy')}
        </Text>
        <SegmentedControl
          aria-labelledby="attendance-group-by"
          value={value.groupBy}
          onChange={(groupBy) => isGrouping(groupBy) && onChange({ ...value, groupBy })}
          data={ATTENDANCE_GROUPINGS.map((grouping) => ({
            value: grouping,
            label: t(`reports.attendance.groupings.${grouping}`),
          }))}
        />
      </Stack>
    </Group>
  )
}
