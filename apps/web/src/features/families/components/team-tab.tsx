import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { Family, TeamMember } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import type { UseQueryResult } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ConfirmButton } from '../../../components/ui/confirm-button'
import { EmptyState } from '../../../components/ui/empty-state'
import { FormShell } from '../../../components/ui/form-shell'
import { SectionShell } from '../../../components/ui/section-shell'
import { may } from '../../../lib/access'
import { isApiError } from '../../../lib/api-error'
import { formatDate } from '../../../lib/format'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useCurrentUser } from '../../../lib/session-store'
import { useAddTeamMember, useAssignCaseManager, useRemoveTeamMember } from '../api/change-case-team'
import { OutsideReads } from './outside-reads'
import { StaffPicker } from './staff-picker'

const NOBODY: { userId: string | null } = { userId: null }

/** Picks a staff member and adds them; a refusal (no live partnership, no consent to share) stays in the form. */
const AddStaff = ({ familyId, current }: { familyId: string; current: readonly string[] }) => {
  const { t } = useTranslation()
  const add = useAddTeamMember(familyId)
  const form = useForm({
    initialValues: NOBODY,
    validate: { userId: (value) => (value ? null : t('validation.required')) },
  })
  return (
    <FormShell
      form={form}
      submit={({ userId }) => (userId ? add.mutateAsync(userId) : undefined)}
      successMessage={t('families.team.added')}
      clearOnSave
      problemTitle={t('families.team.refused')}
      submitLabel={t('families.team.add')}
      maw={640}
    >
      <StaffPicker
        exclude={current}
        value={form.values.userId}
        onChange={(userId) => form.setFieldValue('userId', userId)}
        error={form.errors.userId}
      />
      <Text size="xs" c="dimmed">
        {t('families.team.partnerHint')}
      </Text>
    </FormShell>
  )
}

export const TeamTab = ({
  family,
  team,
  canChange,
}: {
  family: Family
  team: UseQueryResult<{ items: TeamMember[] }>
  canChange: boolean
}) => {
  const { t, i18n } = useTranslation()
  const user = useCurrentUser()
  const remove = useRemoveTeamMember(family.id)
  const assign = useAssignCaseManager(family.id)

  return (
    <SectionShell query={team}>
      {(data) => {
        const items = data.items

        return (
          <Stack>
            {may(user, routes.addTeamMember) && canChange ? (
              <AddStaff familyId={family.id} current={items.map((m) => m.userId)} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('families.team.manageHint')}
              </Text>
            )}
            {items.length === 0 ? (
              <EmptyState title={t('families.team.empty')} />
            ) : (
              <Table.ScrollContainer minWidth={720}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('families.member.name')}</Table.Th>
                      <Table.Th scope="col">{t('families.team.professions')}</Table.Th>
                      <Table.Th scope="col">{t('families.team.organisation')}</Table.Th>
                      <Table.Th scope="col">{t('families.team.addedAt')}</Table.Th>
                      {canChange ? <Table.Th scope="col">{t('families.member.actions')}</Table.Th> : null}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((member) => (
                      <Table.Tr key={member.userId}>
                        <Table.Td>
                          <Group gap="xs">
                            <Text fw={600}>{member.name}</Text>
                            {member.responsible ? (
                              <Badge color="teal" variant="light" size="sm">
                                {t('families.team.responsible')}
                              </Badge>
                            ) : null}
                          </Group>
                        </Table.Td>
                        <Table.Td>
                          {member.professions.map((p) => t(`professions.${p}`)).join(', ') || '—'}
                        </Table.Td>
                        <Table.Td>{member.organisationName}</Table.Td>
                        <Table.Td>{formatDate(member.addedAt, i18n.language)}</Table.Td>
                        {canChange ? (
                          <Table.Td>
                            {member.responsible ? null : (
                              <Group gap="xs" wrap="nowrap">
                                {member.roles.includes('case_manager') ? (
                                  <Button
                                    size="xs"
                                    variant="default"
                                    aria-label={`${t('families.team.makeResponsible')}: ${member.name}`}
                                    loading={assign.isPending && assign.variables === member.userId}
                                    onClick={() =>
                                      assign.mutate(member.userId, {
                                        onSuccess: () =>
                                          notifySuccess(t('families.team.assigned', { name: member.name })),
                                        onError: (error) =>
                                          isApiError(error) && error.status === 400
                                            ? notifyError(error, t, t('families.team.notCaseManager'))
                                            : notifyError(error, t),
                                      })
                                    }
                                  >
                                    {t('families.team.makeResponsible')}
                                  </Button>
                                ) : null}
                                <ConfirmButton
                                  size="xs"
                                  label={t('families.team.remove')}
                                  title={t('families.team.removeTitle')}
                                  message={t('families.team.removeMessage', { name: member.name })}
                                  confirmLabel={t('families.team.removeConfirm')}
                                  keepLabel={t('families.team.keep')}
                                  loading={remove.isPending}
                                  onConfirm={() =>
                                    remove.mutateAsync(member.userId, {
                                      onSuccess: () => notifySuccess(t('families.team.removed')),
                                      onError: (error) => notifyError(error, t),
                                    })
                                  }
                                />
                              </Group>
                            )}
                          </Table.Td>
                        ) : null}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {may(user, routes.listOutsideReads) && family.organisationId === user.organisationId ? (
              <OutsideReads familyId={family.id} />
            ) : null}
          </Stack>
        )
      }}
    </SectionShell>
  )
}
