import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useCurrentUser } from '../../../lib/session-store'
import { useColleagues } from '../../../reference/staff'

/** An optional case manager for a new family: the organisation's own case managers. */
export const CaseManagerSelect = ({
  value,
  onChange,
}: {
  value: string | null
  onChange: (userId: string | null) => void
}) => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const staff = useColleagues(user.organisationId)
  const options = (staff.data?.items ?? [])
    .filter((person) => person.roles.includes('case_manager'))
    .map((person) => ({ value: person.id, label: person.name }))
  return (
    <Select
      label={t('referrals.accept.caseManager')}
      description={t('referrals.accept.caseManagerHint')}
      placeholder={
        staff.isError ? t('referrals.accept.staffUnavailable') : t('referrals.accept.noCaseManager')
      }
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage={staff.isFetching ? t('common.loading') : '—'}
      maw={420}
    />
  )
}
