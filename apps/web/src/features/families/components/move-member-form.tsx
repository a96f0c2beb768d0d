import { Loader, Radio, Select, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDebouncedValue } from '@mantine/hooks'
import { type Family, MEMBER_ROLES, type Member } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { useFamilies } from '../../../reference/families'
import { useMoveMember } from '../api/move-member'
import { isMemberRole } from './family-validation'

/** Moves a person to another family found by its reference code; their history stays with them. */
export const MoveMemberForm = ({
  family,
  member,
  onDone,
  onCancel,
}: {
  family: Family
  member: Member
  onDone: () => void
  onCancel: () => void
}) => {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 300)
  const form = useForm({
    initialValues: { targetId: null as string | null, role: member.role as string | null },
    validate: { targetId: (value) => (value ? null : t('validation.required')) },
  })
  const candidates = useFamilies({ q: debounced }, debounced.length >= 3)
  const options = (candidates.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (f) => f.id !== family.id,
  )
  const move = useMoveMember(family.id)
  const name = `${member.givenName} ${member.familyName}`

  const submit = ({ targetId, role }: typeof form.values) =>
    targetId
      ? move.mutateAsync({
          memberId: member.id,
          body: { toFamilyId: targetId, ...(isMemberRole(role) ? { role } : {}) },
        })
      : undefined
  // The target's code for the message, read before the search that found it changes.
  const targetCode = options.find((f) => f.id === form.values.targetId)?.referenceCode ?? ''

  return (
    <FormShell
      form={form}
      submit={submit}
      successMessage={t('families.members.moved', { name, code: targetCode })}
      onSaved={onDone}
      onCancel={onCancel}
      submitLabel={t('families.members.moveSubmit')}
    >
      <Text size="sm" c="dimmed">
        {t('families.members.moveHistory')}
      </Text>
      <TextInput
        label={t('families.members.moveSearch')}
        description={t('families.members.moveSearchHint')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value)
          form.setFieldValue('targetId', null)
        }}
        error={form.errors.targetId}
        rightSection={candidates.isFetching ? <Loader size="xs" aria-hidden /> : null}
        data-autofocus
      />
      {debounced.length >= 3 && !candidates.isPending ? (
        options.length === 0 ? (
          <Text size="sm">{t('families.members.moveNoMatch')}</Text>
        ) : (
          <Radio.Group
            label={t('families.members.moveTarget')}
            value={form.values.targetId}
            onChange={(value) => form.setFieldValue('targetId', value)}
          >
            <Stack gap="xs" mt="xs">
              {options.slice(0, 10).map((option) => (
                <Radio
                  key={option.id}
                  value={option.id}
                  label={`${option.referenceCode} — ${option.memberNames.join(', ') || '—'}`}
                />
              ))}
            </Stack>
          </Radio.Group>
        )
      ) : null}
      <Select
        label={t('families.members.moveRole')}
        data={MEMBER_ROLES.map((r) => ({ value: r, label: t(`families.memberRoles.${r}`) }))}
        allowDeselect={false}
        {...form.getInputProps('role')}
      />
    </FormShell>
  )
}
