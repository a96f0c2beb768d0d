import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core'
import type { Family, TeamMember } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import type { UseQueryResult } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmButton } from '../../../components/ui/confirm-button'
import { EmptyState } from '../../../components/ui/empty-state'
import { SectionShell } from '../../../components/ui/section-shell'
import { may } from '../../../lib/access'
import { isApiError } from '../../../lib/api-error'
import { formatDate } from '../../../lib/format'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { problemMessage } from '../../../lib/problem-message'
import { useCurrentUser } from '../../../lib/session-store'
import { useAddTeamMember, useAssignCaseManager, useRemoveTeamMember } from '../api/change-case-team'
import { OutsideReads } from './outside-reads'
import { StaffPicker } from './staff-picker'

const AddStaff = ({ familyId, current }: { familyId: string; current: readonly string[] }) => {
  const { t } = useTranslation()
  const [userId, setUserId] = useState<string | null>(null)
  const [resetKey, setResetKey] = useState(0)
  const add = useAddTeamMember(familyId)
  // A refusal (no live partnership, no consent to share) stays in view next to the picker until the next try.
  const [problem, setProblem] = useState<unknown>(null)
  const choose = (id: string | null) => {
    setProblem(null)
    setUserId(id)
  }
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <StaffPicker key={resetKey} exclude={current} value={userId} onChange={choose} />
        <Button
          disabled={!userId}
          loading={add.isPending}
          onClick={() =>
            userId &&
            add.mutate(userId, {
              onSuccess: () => {
                notifySuccess(t('families.team.added'))
                setUserId(null)
                setResetKey((k) => k + 1)
              },
              onError: setProblem,
            })
          }
        >
          {t('families.team.add')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('families.team.partnerHint')}
      </Text>
      {problem ? (
        <Alert color="orange" title={t('families.team.refused')} role="alert" maw={640}>
          {problemMessage(problem, t)}
        </Alert>
      ) : null}
    </Stack>
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
