import { Button, Group, Loader, Radio, Select, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { type Family, MEMBER_ROLES, type Member } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { notifyError, notifySuccess } from '../../../lib/notify'
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
  const [targetId, setTargetId] = useState<string | null>(null)
  const [role, setRole] = useState<string | null>(member.role)
  const candidates = useFamilies({ q: debounced }, debounced.length >= 3)
  const options = (candidates.data?.pages.flatMap((page) => page.items) ?? []).filter(
    (f) => f.id !== family.id,
  )
  const move = useMoveMember(family.id)
  const target = options.find((f) => f.id === targetId)
  const name = `${member.givenName} ${member.familyName}`

  const submit = () => {
    if (!target) return
    move.mutate(
      { memberId: member.id, body: { toFamilyId: target.id, ...(isMemberRole(role) ? { role } : {}) } },
      {
        onSuccess: () => {
          notifySuccess(t('families.members.moved', { name, code: target.referenceCode }))
          onDone()
        },
        onError: (error) => notifyError(error, t),
      },
    )
  }

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('families.members.moveHistory')}
      </Text>
      <TextInput
        label={t('families.members.moveSearch')}
        description={t('families.members.moveSearchHint')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value)
          setTargetId(null)
        }}
        rightSection={candidates.isFetching ? <Loader size="xs" aria-hidden /> : null}
        data-autofocus
      />
      {debounced.length >= 3 && !candidates.isPending ? (
        options.length === 0 ? (
          <Text size="sm">{t('families.members.moveNoMatch')}</Text>
        ) : (
          <Radio.Group label={t('families.members.moveTarget')} value={targetId} onChange={setTargetId}>
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
        value={role}
        onChange={setRole}
        allowDeselect={false}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={submit} disabled={!target} loading={move.isPending}>
          {t('families.members.moveSubmit')}
        </Button>
      </Group>
    </Stack>
  )
}
