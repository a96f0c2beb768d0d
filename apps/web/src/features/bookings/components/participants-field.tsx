import { Checkbox, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SectionShell } from '../../../components/ui/section-shell'
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
  return (
    <SectionShell query={members} compact>
      {(data) => (
        <Checkbox.Group
          label={t('bookings.book.participants')}
          required
          value={value}
          onChange={onChange}
          error={error}
        >
          <Stack gap={6} mt={6}>
            {data.items.map((member) => (
              <Checkbox
                key={member.personId}
                value={member.personId}
                label={`${member.givenName} ${member.familyName}`}
                description={`${t(`families.memberRoles.${member.role}`)} · ${t('bookings.book.age', { years: member.ageYears })}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    </SectionShell>
  )
}
