import { Group, Select, Switch } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useCurrentUser } from '../../../lib/session-store'
import { useMethodologies } from '../../../reference/methodologies'
import { useColleagues } from '../../../reference/staff'

export interface CertificationFilterValues {
  methodologyId: string | null
  userId: string | null
  includeRevoked: boolean
}

/** Narrows the list to one methodology or one staff member, revoked ones shown on request. */
export const CertificationFilters = ({
  value,
  onChange,
}: {
  value: CertificationFilterValues
  onChange: (value: CertificationFilterValues) => void
}) => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const methodologies = useMethodologies()
  const colleagues = useColleagues(user.organisationId)
  return (
    <Group align="flex-end" mb="md" wrap="wrap">
      <Select
        label={t('certifications.fields.methodology')}
        placeholder={t('certifications.list.anyMethodology')}
        clearable
        searchable
        data={(methodologies.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
        value={value.methodologyId}
        onChange={(methodologyId) => onChange({ ...value, methodologyId })}
        w={260}
      />
      <Select
        label={t('certifications.fields.staff')}
        placeholder={t('certifications.list.anyStaff')}
        clearable
        searchable
        data={(colleagues.data?.items ?? []).map((person) => ({ value: person.id, label: person.name }))}
        value={value.userId}
        onChange={(userId) => onChange({ ...value, userId })}
        w={260}
      />
      <Switch
        label={t('certifications.list.includeRevoked')}
        checked={value.includeRevoked}
        onChange={(event) => onChange({ ...value, includeRevoked: event.currentTarget.checked })}
        mb={8}
      />
    </Group>
  )
}
