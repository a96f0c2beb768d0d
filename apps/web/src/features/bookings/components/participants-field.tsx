import { Checkbox, Loader, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ErrorBlock } from '../../../components/ui/error-block'
import { useMembers } from '../../../reference/family-members'

/** Checkboxes of the family's current members. */
export const ParticipantsField = ({
  familyId,
  value,
  onChange,
  error,
}: {
  familyId: string
  value: string[]
  onChange: (personIds: string[]) => void
  error?: string | undefined
}) => {
  const { t } = useTranslation()
  const members = useMembers(familyId)
  if (members.isPending) return <Loader size="sm" aria-label={t('common.loading')} />
  if (members.isError) return <ErrorBlock error={members.error} onRetry={() => void members.refetch()} />
  return (
    <Checkbox.Group
      label={t('bookings.book.participants')}
      required
      value={value}
      onChange={onChange}
      error={error}
    >
      <Stack gap={6} mt={6}>
        {members.data.items.map((member) => (
          <Checkbox
            key={member.personId}
            value={member.personId}
            label={`${member.givenName} ${member.familyName}`}
            description={`${t(`families.memberRoles.${member.role}`)} · ${t('bookings.book.age', { years: member.ageYears })}`}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  )
}
