import { Group, Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DateRangeField } from '../../../components/ui/date-range-field'
import { serviceName, useServices } from '../../../reference/services'

export interface DeliveredFilterValues {
  /** Vilnius days, both inclusive. */
  period: [string | null, string | null]
  serviceId: string | null
}

/** The period and the service to list deliveries of; the whole catalogue, retired services too. */
export const DeliveredFilters = ({
  value,
  onChange,
}: {
  value: DeliveredFilterValues
  onChange: (value: DeliveredFilterValues) => void
}) => {
  const { t, i18n } = useTranslation()
  const services = useServices({})
  return (
    <Group align="flex-end" mb="md" wrap="wrap">
      <DateRangeField
        label={t('reports.delivered.period')}
        placeholder={t('reports.delivered.periodPlaceholder')}
        value={value.period}
        onChange={(period) => onChange({ ...value, period })}
        clearable
        w={260}
      />
      <Select
        label={t('reports.delivered.service')}
        placeholder={t('reports.delivered.anyService')}
        clearable
        searchable
        w={320}
        value={value.serviceId}
        onChange={(serviceId) => onChange({ ...value, serviceId })}
        data={(services.data?.items ?? []).map((service) => ({
          value: service.id,
          label: serviceName(service, i18n.language),
        }))}
      />
    </Group>
  )
}
