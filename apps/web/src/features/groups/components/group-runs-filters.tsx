import { Group, Select, Switch } from '@mantine/core'
import { GROUP_RUN_STATUSES, type GroupRunStatus } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { serviceName, useServices } from '../../../reference/services'

export interface GroupRunFilterValues {
  status: GroupRunStatus | null
  serviceId: string | null
  /** Only runs with a session still to end, counted from when the switch was turned on. */
  upcomingFrom: string | null
  mine: boolean
}

const isStatus = (value: string | null): value is GroupRunStatus =>
  GROUP_RUN_STATUSES.includes(value as GroupRunStatus)

export const GroupRunsFilters = ({
  value,
  onChange,
  showMine,
}: {
  value: GroupRunFilterValues
  onChange: (value: GroupRunFilterValues) => void
  showMine: boolean
}) => {
  const { t, i18n } = useTranslation()
  const services = useServices({ mode: 'group' })
  return (
    <Group align="flex-end" mb="md" wrap="wrap">
      <Select
        label={t('groups.list.status')}
        placeholder={t('groups.list.anyStatus')}
        clearable
        data={GROUP_RUN_STATUSES.map((status) => ({
          value: status,
          label: t(`groups.runStatuses.${status}`),
        }))}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: isStatus(status) ? status : null })}
        w={180}
      />
      <Select
        label={t('groups.list.service')}
        placeholder={t('groups.list.anyService')}
        clearable
        searchable
        data={(services.data?.items ?? []).map((service) => ({
          value: service.id,
          label: serviceName(service, i18n.language),
        }))}
        value={value.serviceId}
        onChange={(serviceId) => onChange({ ...value, serviceId })}
        w={280}
      />
      <Switch
        label={t('groups.list.upcoming')}
        checked={value.upcomingFrom !== null}
        onChange={(event) =>
          onChange({ ...value, upcomingFrom: event.currentTarget.checked ? new Date().toISOString() : null })
        }
        mb={8}
      />
      {showMine ? (
        <Switch
          label={t('groups.list.mine')}
          checked={value.mine}
          onChange={(event) => onChange({ ...value, mine: event.currentTarget.checked })}
          mb={8}
        />
      ) : null}
    </Group>
  )
}
