import { Button, Group, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { User } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import type { Static } from 'typebox'
import { ProfessionCheckboxes } from '../../../components/ui/profession-checkboxes'
import { applyFormErrors } from '../../../lib/form-errors'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { type UpdateUserInput, useUpdateUser } from '../api/update-user'
import { RoleCheckboxes } from './role-checkboxes'
import { asProfessions, asRoles, validateEmail, validateName, validateRoles } from './user-validation'

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item))

export const EditUserForm = ({ user }: { user: Static<typeof User> }) => {
  const { t } = useTranslation()
  const update = useUpdateUser(user.id)
  const form = useForm({
    initialValues: {
      name: user.name,
      email: user.email,
      roles: [...user.roles] as string[],
      professions: [...user.professions] as string[],
    },
    validate: { name: validateName(t), email: validateEmail(t), roles: validateRoles(t) },
  })

  const submit = form.onSubmit((values) => {
    const changes: UpdateUserInput = {
      ...(values.name.trim() !== user.name ? { name: values.name.trim() } : {}),
      ...(values.email.trim() !== user.email ? { email: values.email.trim() } : {}),
      ...(sameSet(values.roles, user.roles) ? {} : { roles: asRoles(values.roles) }),
      ...(sameSet(values.professions, user.professions)
        ? {}
        : { professions: asProfessions(values.professions) }),
    }
    if (Object.keys(changes).length === 0) {
      notifySuccess(t('users.noChanges'))
      return
    }
    update.mutate(changes, {
      onSuccess: (saved) => {
        form.resetDirty({
          name: saved.name,
          email: saved.email,
          roles: [...saved.roles],
          professions: [...saved.professions],
        })
        notifySuccess(t('users.saved'))
      },
      onError: (error) => {
        if (!applyFormErrors(form, error)) notifyError(error, t)
      },
    })
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={640}>
        <TextInput
          label={t('users.fields.name')}
          required
          autoComplete="off"
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('users.fields.email')}
          type="email"
          required
          autoComplete="off"
          {...form.getInputProps('email')}
        />
        <RoleCheckboxes {...form.getInputProps('roles')} />
        <ProfessionCheckboxes {...form.getInputProps('professions')} />
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
