import { Button, Group, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Member } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useAddMember } from '../api/add-member'
import { useUpdateMember } from '../api/update-member'
import { serverFieldErrors } from './family-validation'
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
  const onError = (error: unknown) => {
    const errors = serverFieldErrors(error)
    if (Object.keys(errors).length > 0) form.setErrors(errors)
    else notifyError(error, t)
  }

  const submit = form.onSubmit((values) => {
    if (!member) {
      add.mutate(newMemberBody(values), {
        onSuccess: () => {
          notifySuccess(t('families.members.added'))
          onDone()
        },
        onError,
      })
      return
    }
    const changes = memberChanges(member, values)
    if (Object.keys(changes).length === 0) {
      notifySuccess(t('families.members.noChanges'))
      onDone()
      return
    }
    update.mutate(
      { memberId: member.id, body: changes },
      {
        onSuccess: () => {
          notifySuccess(t('families.members.saved'))
          onDone()
        },
        onError,
      },
    )
  })

  const contactsVisible = !member || member.contacts !== null
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending || update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
