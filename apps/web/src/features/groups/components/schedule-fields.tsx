import { ActionIcon, Button, Group, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { DateTimeField } from './date-time-field'
import type { RunFormValues, ScheduleKind } from './run-form-values'

const MAX_DATES = 52

/** The sessions of a new run: a weekly series, or the dates one by one. */
export const ScheduleFields = ({ form }: { form: UseFormReturnType<RunFormValues> }) => {
  const { t } = useTranslation()
  const { schedule, dates } = form.values
  return (
    <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600} mb="xs">
        {t('groups.form.sessions')}
      </Text>
      <SegmentedControl
        aria-label={t('groups.form.scheduleKind')}
        value={schedule}
        onChange={(value) => form.setFieldValue('schedule', value as ScheduleKind)}
        data={[
          { value: 'weekly', label: t('groups.form.weekly') },
          { value: 'dates', label: t('groups.form.dates') },
        ]}
        w="fit-content"
      />
      {form.errors.schedule ? (
        <Text c="red" size="sm" role="alert">
          {form.errors.schedule}
        </Text>
      ) : null}
      {schedule === 'weekly' ? (
        <Group align="flex-start" wrap="wrap">
          <DateTimeField
            label={t('groups.form.firstStartsAt')}
            withAsterisk
            w={220}
            {...form.getInputProps('firstStartsAt')}
          />
          <NumberInput
            label={t('groups.form.durationMinutes')}
            min={5}
            max={480}
            step={15}
            w={150}
            {...form.getInputProps('durationMinutes')}
          />
          <NumberInput
            label={t('groups.form.count')}
            min={1}
            max={52}
            w={150}
            {...form.getInputProps('count')}
          />
          <NumberInput
            label={t('groups.form.intervalWeeks')}
            min={1}
            max={4}
            w={150}
            {...form.getInputProps('intervalWeeks')}
          />
        </Group>
      ) : (
        <Stack gap="xs">
          <NumberInput
            label={t('groups.form.durationMinutes')}
            min={5}
            max={480}
            step={15}
            w={150}
            {...form.getInputProps('durationMinutes')}
          />
          {dates.map((_, index) => (
            // The rows have no identity but their place; removing one re-keys those after it.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Group key={index} align="flex-end" wrap="nowrap">
              <DateTimeField
                label={t('groups.form.sessionNumber', { n: index + 1 })}
                withAsterisk
                w={220}
                {...form.getInputProps(`dates.${index}`)}
              />
              {dates.length > 1 ? (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={2}
                  aria-label={t('groups.form.removeDate', { n: index + 1 })}
                  onClick={() => form.removeListItem('dates', index)}
                >
                  ×
                </ActionIcon>
              ) : null}
            </Group>
          ))}
          {dates.length < MAX_DATES ? (
            <Button
              variant="default"
              size="xs"
              w="fit-content"
              onClick={() => form.insertListItem('dates', null)}
            >
              {t('groups.form.addDate')}
            </Button>
          ) : null}
        </Stack>
      )}
    </Stack>
  )
}
