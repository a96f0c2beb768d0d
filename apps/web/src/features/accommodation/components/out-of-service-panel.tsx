import { Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Bed, OutOfServicePeriod } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { ConfirmButton } from '../../../components/ui/confirm-button'
import { FormShell } from '../../../components/ui/form-shell'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatDay, todayInVilnius } from '../../../lib/format'
import { notifyError } from '../../../lib/notify'
import { useCreateOutOfService, useDeleteOutOfService, useOutOfService } from '../api/out-of-service'
import { isDay } from '../model/days'

interface PeriodValues {
  from: string
  until: string
  reason: string
}

const PeriodForm = ({ bed }: { bed: Bed }) => {
  const { t } = useTranslation()
  const create = useCreateOutOfService(bed.id)
  const form = useForm<PeriodValues>({
    initialValues: { from: todayInVilnius(), until: '', reason: '' },
    validate: {
      from: (value) => (isDay(value) ? null : t('validation.required')),
      until: (value, values) =>
        !isDay(value)
          ? t('validation.required')
          : value <= values.from
            ? t('accommodation.outOfService.untilAfterFrom')
            : null,
      reason: (value) => (value.trim() ? null : t('validation.required')),
    },
  })
  return (
    <FormShell
      form={form}
      ariaLabel={t('accommodation.outOfService.formLabel')}
      problemTitle={t('accommodation.outOfService.refused')}
      submit={(values) => create.mutateAsync({ ...values, reason: values.reason.trim() })}
      successMessage={t('accommodation.outOfService.added')}
      clearOnSave
      submitLabel={t('accommodation.outOfService.add')}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          type="date"
          label={t('accommodation.outOfService.from')}
          withAsterisk
          {...form.getInputProps('from')}
        />
        <TextInput
          type="date"
          label={t('accommodation.outOfService.until')}
          description={t('accommodation.outOfService.untilHint')}
          withAsterisk
          {...form.getInputProps('until')}
        />
      </SimpleGrid>
      <Textarea
        label={t('accommodation.outOfService.reason')}
        withAsterisk
        autosize
        minRows={2}
        maxLength={500}
        {...form.getInputProps('reason')}
      />
    </FormShell>
  )
}

const PeriodRow = ({ bed, period }: { bed: Bed; period: OutOfServicePeriod }) => {
  const { t, i18n } = useTranslation()
  const remove = useDeleteOutOfService(bed.id)
  const when = t('accommodation.outOfService.period', {
    from: formatDay(period.from, i18n.language),
    until: formatDay(period.until, i18n.language),
  })
  return (
    <Paper withBorder p="xs">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {when}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {period.reason}
          </Text>
        </Stack>
        <ConfirmButton
          size="xs"
          label={t('accommodation.outOfService.remove')}
          ariaLabel={t('accommodation.outOfService.removeNamed', { period: when })}
          title={t('accommodation.outOfService.removeTitle')}
          message={t('accommodation.outOfService.removeMessage', { period: when })}
          confirmLabel={t('accommodation.outOfService.removeConfirm')}
          keepLabel={t('accommodation.outOfService.keep')}
          loading={remove.isPending}
          onConfirm={() =>
            remove.mutateAsync(period.id).catch((error: unknown) => {
              notifyError(error, t)
              throw error
            })
          }
        />
      </Group>
    </Paper>
  )
}

/** A bed's out-of-service periods: each can be removed (recorded by mistake), and a new one added. */
export const OutOfServicePanel = ({ bed }: { bed: Bed }) => {
  const { t } = useTranslation()
  const periods = useOutOfService(bed.id)
  return (
    <Stack>
      <SectionShell
        query={periods}
        compact
        empty={{ title: t('accommodation.outOfService.none'), when: (data) => data.items.length === 0 }}
      >
        {(data) => (
          <Stack gap="xs">
            {data.items.map((period) => (
              <PeriodRow key={period.id} bed={bed} period={period} />
            ))}
          </Stack>
        )}
      </SectionShell>
      <Title order={3} size="h5">
        {t('accommodation.outOfService.addTitle')}
      </Title>
      <PeriodForm bed={bed} />
    </Stack>
  )
}
