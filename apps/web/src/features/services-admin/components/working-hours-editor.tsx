import { Alert, Button, CloseButton, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { AffectedBooking, Site, WorkingHours } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { todayInVilnius } from '../../../lib/format'
import { notifySuccess } from '../../../lib/notify'
import { problemMessage } from '../../../lib/problem-message'
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
  const [problem, setProblem] = useState<unknown>(null)
  const [outsideHours, setOutsideHours] = useState<AffectedBooking[]>([])
  const form = useForm<HoursFormValues>({ initialValues: hoursFormOf(hours) })
  const rows = form.values.rows
  const weekdays = WEEKDAYS.map((day) => ({ value: day, label: t(`servicesAdmin.weekdays.${day}`) }))
  const siteOptions = [
    { value: '', label: t('servicesAdmin.hours.chooseSite'), disabled: true },
    ...sites.map((site) => ({ value: site.id, label: site.name })),
  ]

  const submit = form.onSubmit((values) => {
    const errors = validateHours(values, t)
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors)
      return
    }
    setProblem(null)
    setOutsideHours([])
    replace.mutate(toReplaceBody(values), {
      onSuccess: (saved) => {
        const fresh = hoursFormOf(saved)
        form.setValues(fresh)
        form.resetDirty(fresh)
        setOutsideHours(saved.outsideHours)
        notifySuccess(t('servicesAdmin.hours.saved'))
      },
      onError: (error) => {
        const errors = hoursErrorsFrom(error, t)
        if (errors) form.setErrors(errors)
        setProblem(error)
      },
    })
  })

  const cell = (i: number, field: string) => ({
    ...form.getInputProps(`rows.${i}.${field}`),
    'aria-label': t(`servicesAdmin.hours.rowField.${field}`, { n: i + 1 }),
  })

  return (
    <form onSubmit={submit} noValidate aria-label={t('servicesAdmin.hours.title')}>
      <Stack>
        {problem ? (
          <Alert color="red" title={t('servicesAdmin.hours.refused')} role="alert">
            {problemMessage(problem, t)}
          </Alert>
        ) : null}
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
          <Button type="submit" loading={replace.isPending}>
            {t('servicesAdmin.hours.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
