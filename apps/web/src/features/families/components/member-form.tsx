import { Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Member } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { notifySuccess } from '../../../lib/notify'
import { useAddMember } from '../api/add-member'
import { useUpdateMember } from '../api/update-member'
import { applyFamilyFieldErrors } from './family-validation'
import { MemberFields } from './member-fields'
import {
  emptyMember,
  type MemberValues,
  memberChanges,
  memberErrors,
  memberValuesOf,
  newMemberBody,
} from './member-values'

/** Adds a member to the family, or edits `member`. */
export const MemberForm = ({
  familyId,
  member,
  onDone,
  onCancel,
}: {
  familyId: string
  member?: Member
  onDone: () => void
  onCancel: () => void
}) => {
  const { t } = useTranslation()
  const add = useAddMember(familyId)
  const update = useUpdateMember(familyId)
  const form = useForm<MemberValues>({
    initialValues: member ? memberValuesOf(member) : emptyMember(),
    validate: (values) => memberErrors(values, t),
  })
  const submit = (values: MemberValues) => {
    if (!member) return add.mutateAsync(newMemberBody(values))
    const changes = memberChanges(member, values)
    if (Object.keys(changes).length === 0) {
      notifySuccess(t('families.members.noChanges'))
      return undefined
    }
    return update.mutateAsync({ memberId: member.id, body: changes })
  }
  const contactsVisible = !member || member.contacts !== null
  return (
    <FormShell
      form={form}
      submit={submit}
      successMessage={member ? t('families.members.saved') : t('families.members.added')}
      onSaved={onDone}
      onCancel={onCancel}
      onRefused={applyFamilyFieldErrors}
    >
      <MemberFields
        contactsVisible={contactsVisible}
        inputProps={(field, checkbox) =>
          form.getInputProps(field, checkbox ? { type: 'checkbox' } : undefined)
        }
        validateField={(field) => form.validateField(field)}
      />
      {contactsVisible ? null : (
        <Text size="sm" c="dimmed">
          {t('families.member.contactsHidden')}
        </Text>
      )}
    </FormShell>
  )
}
