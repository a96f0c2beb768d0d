import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core'
import type { Family, Member } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatDay } from '../../../lib/format'
import { useMembers } from '../../../reference/family-members'
import { MemberForm } from './member-form'
import { MoveMemberForm } from './move-member-form'

type Dialog = { kind: 'add' } | { kind: 'edit'; member: Member } | { kind: 'move'; member: Member } | null

const fullName = (member: Member) => `${member.givenName} ${member.familyName}`

const Contacts = ({ member }: { member: Member }) => {
  const { t } = useTranslation()
  if (member.contacts === null)
    return (
      <Text size="sm" c="dimmed">
        {t('families.member.contactsHidden')}
      </Text>
    )
  const lines = [member.contacts.phone, member.contacts.email, member.contacts.address].filter(Boolean)
  if (lines.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('families.member.noContacts')}
      </Text>
    )
  return (
    <Stack gap={0}>
      {lines.map((line) => (
        <Text key={line} size="sm">
          {line}
        </Text>
      ))}
    </Stack>
  )
}

export const MembersTab = ({ family, canManage }: { family: Family; canManage: boolean }) => {
  const { t, i18n } = useTranslation()
  const members = useMembers(family.id)
  const [dialog, setDialog] = useState<Dialog>(null)
  const close = () => setDialog(null)

  return (
    <SectionShell query={members}>
      {(data) => (
        <Stack>
          {canManage ? (
            <Group>
              <Button onClick={() => setDialog({ kind: 'add' })}>{t('families.members.add')}</Button>
            </Group>
          ) : null}
          {data.items.length === 0 ? (
            <EmptyState title={t('families.members.empty')} />
          ) : (
            <Table.ScrollContainer minWidth={860}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('families.member.name')}</Table.Th>
                    <Table.Th scope="col">{t('families.member.role')}</Table.Th>
                    <Table.Th scope="col">{t('families.member.birthDate')}</Table.Th>
                    <Table.Th scope="col">{t('families.member.gender')}</Table.Th>
                    <Table.Th scope="col">{t('families.member.personalCode')}</Table.Th>
                    <Table.Th scope="col">{t('families.member.contacts')}</Table.Th>
                    {canManage ? <Table.Th scope="col">{t('families.member.actions')}</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((member) => (
                    <Table.Tr key={member.id}>
                      <Table.Td fw={600}>{fullName(member)}</Table.Td>
                      <Table.Td>{t(`families.memberRoles.${member.role}`)}</Table.Td>
                      <Table.Td>
                        {formatDay(member.birthDate, i18n.language)} ·{' '}
                        {t('families.member.age', { age: member.ageYears })}
                      </Table.Td>
                      <Table.Td>{t(`families.genders.${member.gender}`)}</Table.Td>
                      <Table.Td>
                        {member.personalCode ??
                          (member.hasPersonalCode ? (
                            <Text size="sm" c="dimmed">
                              {t('families.member.hasCodeHidden')}
                            </Text>
                          ) : (
                            '—'
                          ))}
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4}>
                          {member.contactsConfidential ? (
                            <Badge color="grape" variant="light" size="sm">
                              {t('families.member.confidentialMarker')}
                            </Badge>
                          ) : null}
                          <Contacts member={member} />
                        </Stack>
                      </Table.Td>
                      {canManage ? (
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={`${t('families.members.edit')}: ${fullName(member)}`}
                              onClick={() => setDialog({ kind: 'edit', member })}
                            >
                              {t('families.members.edit')}
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              aria-label={`${t('families.members.move')}: ${fullName(member)}`}
                              onClick={() => setDialog({ kind: 'move', member })}
                            >
                              {t('families.members.move')}
                            </Button>
                          </Group>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <GuardedModal
            opened={dialog !== null}
            onClose={close}
            size="lg"
            title={
              dialog?.kind === 'add'
                ? t('families.members.addTitle')
                : dialog?.kind === 'edit'
                  ? t('families.members.editTitle')
                  : dialog?.kind === 'move'
                    ? t('families.members.moveTitle', { name: fullName(dialog.member) })
                    : ''
            }
          >
            {dialog?.kind === 'add' ? (
              <MemberForm familyId={family.id} onDone={close} onCancel={close} />
            ) : null}
            {dialog?.kind === 'edit' ? (
              <MemberForm familyId={family.id} member={dialog.member} onDone={close} onCancel={close} />
            ) : null}
            {dialog?.kind === 'move' ? (
              <MoveMemberForm family={family} member={dialog.member} onDone={close} onCancel={close} />
            ) : null}
          </GuardedModal>
        </Stack>
      )}
    </SectionShell>
  )
}
