import { Button, CloseButton, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { AffectedBooking, Site, WorkingHours } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormProblem } from '../../../components/ui/form-alerts'
import { useFormShell } from '../../../lib/form-shell'
import { todayInVilnius } from '../../../lib/format'
import { useReplaceWorkingHours } from '../api/working-hours'
import { AffectedBookingsAlert } from './affected-bookings-alert'
import {
  type HoursFormValues,
  hoursErrorsFrom,
  hoursFormOf,
  nextRow,
  toReplaceBody,
  validateHours,
  WEEKDAYS,
} from './working-hours-values'

/**
 * The weekly pattern as editable rows; saving replaces the whole pattern (PUT). The API's complaints land
 * on the row and field they name.
 */
export const WorkingHoursEditor = ({ hours, sites }: { hours: WorkingHours; sites: readonly Site[] }) => {
  const { t } = useTranslation()
  const replace = useReplaceWorkingHours(hours.userId)
  const [outsideHours, setOutsideHours] = useState<AffectedBooking[]>([])
  const form = useForm<HoursFormValues>({ initialValues: hoursFormOf(hours) })
  const rows = form.values.rows
  const weekdays = WEEKDAYS.map((day) => ({ value: day, label: t(`servicesAdmin.weekdays.${day}`) }))
  const siteOptions = [
    { value: '', label: t('servicesAdmin.hours.chooseSite'), disabled: true },
    ...sites.map((site) => ({ value: site.id, label: site.name })),
  ]

  const shell = useFormShell({
    form,
    problemTitle: t('servicesAdmin.hours.refused'),
    check: (values) => validateHours(values, t),
    submit: (values) => {
      setOutsideHours([])
      return replace.mutateAsync(toReplaceBody(values))
    },
    successMessage: t('servicesAdmin.hours.saved'),
    onSaved: (saved) => {
      if (!saved) return
      const fresh = hoursFormOf(saved)
      form.setValues(fresh)
      form.resetDirty(fresh)
      setOutsideHours(saved.outsideHours)
    },
    // The rows' errors land on their cells; the refusal is also said above them.
    onRefused: (error) => {
      const errors = hoursErrorsFrom(error, t)
      if (errors) form.setErrors(errors)
      return false
    },
  })

  const cell = (i: number, field: string) => ({
    ...form.getInputProps(`rows.${i}.${field}`),
    'aria-label': t(`servicesAdmin.hours.rowField.${field}`, { n: i + 1 }),
  })

  return (
    <form onSubmit={shell.handleSubmit} noValidate aria-label={t('servicesAdmin.hours.title')}>
      <Stack>
        <FormProblem shell={shell} />
        <AffectedBookingsAlert
          bookings={outsideHours}
          title={t('servicesAdmin.affected.hoursTitle')}
          onClose={() => setOutsideHours([])}
        />
        {rows.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('servicesAdmin.hours.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={880}>
            <Table verticalSpacing="xs" aria-label={t('servicesAdmin.hours.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('servicesAdmin.hours.weekday')}</Table.Th>
                  <Table.Th scope="col">{t('servicesAdmin.hours.site')}</Table.Th>
                  <Table.Th scope="col">{t('servicesAdmin.hours.startsAt')}</Table.Th>
                  <Table.Th scope="col">{t('servicesAdmin.hours.endsAt')}</Table.Th>
                  <Table.Th scope="col">{t('servicesAdmin.hours.validFrom')}</Table.Th>
                  <Table.Th scope="col">{t('servicesAdmin.hours.validTo')}</Table.Th>
                  <Table.Th scope="col">{t('servicesAdmin.catalogue.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row, i) => {
                  const rowError = form.errors[`rows.${i}`]
                  return (
                    <Table.Tr key={row.key} data-row={i + 1} aria-invalid={rowError ? true : undefined}>
                      <Table.Td>
                        <NativeSelect data={weekdays} {...cell(i, 'weekday')} />
                        {rowError ? (
                          <Text c="red" size="xs" mt={4} role="alert">
                            {rowError}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <NativeSelect data={siteOptions} {...cell(i, 'siteId')} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput type="time" {...cell(i, 'startsAt')} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput type="time" {...cell(i, 'endsAt')} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput type="date" {...cell(i, 'validFrom')} />
                      </Table.Td>
                      <Table.Td>
                        <TextInput type="date" {...cell(i, 'validTo')} />
                      </Table.Td>
                      <Table.Td>
                        <CloseButton
                          aria-label={t('servicesAdmin.hours.removeRow', { n: i + 1 })}
                          onClick={() => form.removeListItem('rows', i)}
                        />
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group>
          <Button
            variant="default"
            onClick={() => form.insertListItem('rows', nextRow(rows, sites[0]?.id ?? '', todayInVilnius()))}
          >
            {t('servicesAdmin.hours.addRow')}
          </Button>
          <Button type="submit" loading={shell.pending}>
            {t('servicesAdmin.hours.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
