import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import type { Conference, TeamMember } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { plainTextStyle } from '../../../components/ui/plain-text'
import { bothQueries } from '../../../components/ui/section-query'
import { PagedSection, SectionShell } from '../../../components/ui/section-shell'
import { formatDateTime } from '../../../lib/format'
import { useMembers } from '../../../reference/family-members'
import { useCasePlan } from '../api/get-case-plan'
import { useConferences } from '../api/list-conferences'
import { ConferenceDetails } from './conference-details'
import { ConferenceForm } from './conference-form'

type Dialog = { conference?: Conference } | null

export const ConferencesTab = ({
  familyId,
  canManage,
  team,
}: {
  familyId: string
  canManage: boolean
  team: readonly TeamMember[]
}) => {
  const { t, i18n } = useTranslation()
  const conferences = useConferences(familyId)
  const members = useMembers(familyId)
  const plan = useCasePlan(familyId)
  const [dialog, setDialog] = useState<Dialog>(null)
  const close = () => setDialog(null)
  const now = Date.now()

  return (
    <Stack>
      {canManage ? (
        <Group>
          <Button onClick={() => setDialog({})}>{t('families.conferences.record')}</Button>
        </Group>
      ) : (
        <Alert color="gray">{t('families.manageOnly')}</Alert>
      )}
      <PagedSection
        query={conferences}
        items={(page) => page.items}
        empty={{ title: t('families.conferences.empty') }}
      >
        {(items) => (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((conference) => (
              <Paper key={conference.id} withBorder p="sm" component="li">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Group gap="xs">
                      <Text fw={600}>{formatDateTime(conference.heldAt, i18n.language)}</Text>
                      {new Date(conference.heldAt).getTime() > now ? (
                        <Badge variant="light">{t('families.conferences.upcoming')}</Badge>
                      ) : null}
                    </Group>
                    <Text size="sm" lineClamp={2} style={plainTextStyle}>
                      {conference.agenda}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {conference.participants.map((p) => p.name).join(', ')}
                    </Text>
                  </Stack>
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={`${t('families.conferences.open')}: ${formatDateTime(conference.heldAt, i18n.language)}`}
                    onClick={() => setDialog({ conference })}
                  >
                    {t('families.conferences.open')}
                  </Button>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </PagedSection>
      <GuardedModal
        opened={dialog !== null}
        onClose={close}
        size="xl"
        title={t('families.conferences.formTitle')}
      >
        {dialog === null ? null : canManage ? (
          <SectionShell query={bothQueries(members, plan)}>
            {([memberList, casePlan]) => (
              <ConferenceForm
                familyId={familyId}
                conference={dialog.conference}
                team={team}
                members={memberList.items}
                goals={casePlan.goals}
                onDone={close}
              />
            )}
          </SectionShell>
        ) : dialog.conference ? (
          <ConferenceDetails conference={dialog.conference} />
        ) : null}
      </GuardedModal>
    </Stack>
  )
}
