import { Button, Group, Select, SimpleGrid, Stack } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Service } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { DateRangeField } from '../../../components/ui/date-range-field'
import { ErrorBlock } from '../../../components/ui/error-block'
import { todayInVilnius } from '../../../lib/format'
import { useCurrentUser } from '../../../lib/session-store'
import type { AvailabilitySearch } from '../../../reference/availability-keys'
import { serviceName, useServices } from '../../../reference/services'
import { useSites } from '../../../reference/sites'
import { useSpecialists } from '../../../reference/staff'
import { daysInRange, MAX_SEARCH_DAYS, type SearchValues, toAvailabilitySearch } from './availability-search'

/** Group services are booked by enrolling in a group run, not as appointments. */
const bookable = (service: Service) => service.mode !== 'group'

/** What to look for: a service, optionally a specialist and a site, and the days to search. */
export const AvailabilityForm = ({
  initial,
  searching,
  onSearch,
}: {
  initial: SearchValues
  searching: boolean
  onSearch: (search: AvailabilitySearch, values: SearchValues) => void
}) => {
  const { t, i18n } = useTranslation()
  const user = useCurrentUser()
  const services = useServices({ active: true })
  const specialists = useSpecialists(user.organisationId)
  const sites = useSites()
  const form = useForm<SearchValues>({
    initialValues: initial,
    validate: {
      serviceId: (value) => (value ? null : t('validation.required')),
      range: ([from, to]) =>
        !from
          ? t('validation.required')
          : to && daysInRange(from, to) > MAX_SEARCH_DAYS
            ? t('bookings.search.tooLong', { days: MAX_SEARCH_DAYS })
            : null,
    },
  })

  const offered = (services.data?.items ?? []).filter(bookable)
  const service = offered.find((s) => s.id === form.values.serviceId)
  const qualified = (specialists.data ?? []).filter(
    (person) => !service || person.professions.some((p) => service.professions.includes(p)),
  )
  const chooseService = (serviceId: string | null) => {
    form.setFieldValue('serviceId', serviceId)
    const chosen = offered.find((s) => s.id === serviceId)
    const specialist = specialists.data?.find((p) => p.id === form.values.specialistId)
    if (chosen && specialist && !specialist.professions.some((p) => chosen.professions.includes(p)))
      form.setFieldValue('specialistId', null)
  }
  const submit = form.onSubmit((values) => {
    const search = toAvailabilitySearch(values)
    if (search) onSearch(search, values)
  })

  if (services.isError) return <ErrorBlock error={services.error} onRetry={() => void services.refetch()} />
  return (
    <form onSubmit={submit} noValidate aria-label={t('bookings.search.label')}>
      <Stack gap="sm">
        <Select
          label={t('bookings.search.service')}
          placeholder={t('bookings.search.servicePlaceholder')}
          required
          searchable
          data={offered.map((s) => ({ value: s.id, label: serviceName(s, i18n.language) }))}
          nothingFoundMessage={services.isPending ? t('common.loading') : '—'}
          data-autofocus
          {...form.getInputProps('serviceId')}
          onChange={chooseService}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('bookings.search.specialist')}
            placeholder={t('bookings.search.anySpecialist')}
            clearable
            searchable
            data={qualified.map((p) => ({ value: p.id, label: p.name }))}
            {...form.getInputProps('specialistId')}
          />
          <Select
            label={t('bookings.search.site')}
            placeholder={t('bookings.search.anySite')}
            clearable
            data={(sites.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
            {...form.getInputProps('siteId')}
          />
        </SimpleGrid>
        <DateRangeField
          label={t('bookings.search.days')}
          description={t('bookings.search.daysHint', { days: MAX_SEARCH_DAYS })}
          required
          minDate={todayInVilnius()}
          {...form.getInputProps('range')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={searching}>
            {t('bookings.search.find')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
