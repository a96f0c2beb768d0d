import { PasswordInput, Select, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { ProfessionCheckboxes } from '../../../components/ui/profession-checkboxes'
import { useOrganisations } from '../../../reference/organisations'
import { useCreateUser } from '../api/create-user'
import { RoleCheckboxes } from './role-checkboxes'
import {
  asProfessions,
  asRoles,
  MIN_PASSWORD_LENGTH,
  validateEmail,
  validateName,
  validatePassword,
  validateRoles,
} from './user-validation'

export const CreateUserForm = ({
  onCreated,
  onCancel,
}: {
  onCreated: (id: string) => void
  onCancel: () => void
}) => {
  const { t } = useTranslation()
  const create = useCreateUser()
  const organisations = useOrganisations()
  const form = useForm({
    initialValues: {
      name: '',
      email: '',
      password: '',
      roles: [] as string[],
      professions: [] as string[],
      organisationId: null as string | null,
    },
    validate: {
      name: validateName(t),
      email: validateEmail(t),
      password: validatePassword(t),
      roles: validateRoles(t),
    },
  })

  const orgOptions = organisations.data?.items ?? []

  return (
    <FormShell
      form={form}
      submit={(values) =>
        create.mutateAsync({
          name: values.name.trim(),
          email: values.email.trim(),
          password: values.password,
          roles: asRoles(values.roles),
          professions: asProfessions(values.professions),
          ...(values.organisationId ? { organisationId: values.organisationId } : {}),
        })
      }
      successMessage={(user) => t('users.created', { name: user?.name })}
      onSaved={(user) => user && onCreated(user.id)}
      onCancel={onCancel}
      submitLabel={t('users.create')}
      maw={640}
    >
      <TextInput label={t('users.fields.name')} required autoComplete="off" {...form.getInputProps('name')} />
      <TextInput
        label={t('users.fields.email')}
        type="email"
        required
        autoComplete="off"
        {...form.getInputProps('email')}
      />
      <PasswordInput
        label={t('users.fields.password')}
        description={t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH })}
        required
        autoComplete="new-password"
        {...form.getInputProps('password')}
      />
      {orgOptions.length > 1 ? (
        <Select
          label={t('users.fields.organisation')}
          placeholder={t('users.ownOrganisation')}
          clearable
          data={orgOptions.map((org) => ({ value: org.id, label: org.name }))}
          {...form.getInputProps('organisationId')}
        />
      ) : null}
      <RoleCheckboxes {...form.getInputProps('roles')} />
      <ProfessionCheckboxes {...form.getInputProps('professions')} />
    </FormShell>
  )
}
