import { Group, Select, TextInput } from '@mantine/core'
import { ROLES, type Role } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'

export type ActiveFilter = 'all' | 'active' | 'inactive'

export interface UsersFilterValues {
  q: string
  role: Role | null
  active: ActiveFilter
}

const isRole = (value: string | null): value is Role => ROLES.includes(value as Role)

export const UsersFilters = ({
  value,
  onChange,
}: {
  value: UsersFilterValues
  onChange: (value: UsersFilterValues) => void
}) => {
  const { t } = useTranslation()
  return (
    <Group align="flex-end" mb="md" wrap="wrap">
      <TextInput
        label={t('users.search')}
        placeholder={t('users.searchPlaceholder')}
        type="search"
        value={value.q}
        onChange={(event) => onChange({ ...value, q: event.currentTarget.value })}
        w={260}
      />
      <Select
        label={t('users.role')}
        placeholder={t('users.anyRole')}
        clearable
        data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        value={value.role}
        onChange={(role) => onChange({ ...value, role: isRole(role) ? role : null })}
        w={220}
      />
      <Select
        label={t('users.status')}
        allowDeselect={false}
        data={(['all', 'active', 'inactive'] as const).map((status) => ({
          value: status,
          label: t(`users.statuses.${status}`),
        }))}
        value={value.active}
        onChange={(active) =>
          onChange({ ...value, active: active === 'active' || active === 'inactive' ? active : 'all' })
        }
        w={180}
      />
    </Group>
  )
}
