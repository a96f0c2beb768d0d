import { TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { User } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import type { Static } from 'typebox'
import { FormShell } from '../../../components/ui/form-shell'
import { ProfessionCheckboxes } from '../../../components/ui/profession-checkboxes'
import { notifySuccess } from '../../../lib/notify'
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

  const submit = (values: typeof form.values) => {
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
      return undefined
    }
    return update.mutateAsync(changes)
  }

  return (
    <FormShell form={form} submit={submit} successMessage={t('users.saved')} maw={640}>
      <TextInput label={t('users.fields.name')} required autoComplete="off" {...form.getInputProps('name')} />
      <TextInput
        label={t('users.fields.email')}
        type="email"
        required
        autoComplete="off"
        {...form.getInputProps('email')}
      />
      <RoleCheckboxes {...form.getInputProps('roles')} />
      <ProfessionCheckboxes {...form.getInputProps('professions')} />
    </FormShell>
  )
}
