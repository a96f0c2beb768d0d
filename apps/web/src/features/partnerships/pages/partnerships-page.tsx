import { Button, Paper, Stack, Text } from '@mantine/core'
import type { Partnership } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { PageHeader } from '../../../components/ui/page-header'
import { SectionShell } from '../../../components/ui/section-shell'
import { may } from '../../../lib/access'
import { useCurrentUser } from '../../../lib/session-store'
import { usePartnerships } from '../api/list-partnerships'
import { EndForm } from '../components/end-form'
import { otherOrganisation, PartnershipsTable } from '../components/partnerships-table'
import { ProposeForm } from '../components/propose-form'

/** Admins propose, accept and end partnerships; other staff see them read-only. */
export const PartnershipsPage = () => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const mayAgree = may(user, routes.proposePartnership)
  const partnerships = usePartnerships()
  const [proposing, setProposing] = useState(false)
  const [ending, setEnding] = useState<Partnership | null>(null)
  const endingWith = ending ? otherOrganisation(ending, user.organisationId).name : ''

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('partnerships.title')}
        actions={
          mayAgree ? <Button onClick={() => setProposing(true)}>{t('partnerships.propose')}</Button> : null
        }
      />
      <Text c="dimmed" size="sm" mb="md" maw={720}>
        {t('partnerships.intro')} {mayAgree ? null : t('partnerships.readOnly')}
      </Text>
      <Paper withBorder p="sm" aria-busy={partnerships.isFetching}>
        <SectionShell
          query={partnerships}
          empty={{
            when: (data) => data.items.length === 0,
            title: t('partnerships.empty'),
            hint: mayAgree ? t('partnerships.emptyHint') : null,
          }}
        >
          {(data) => (
            <PartnershipsTable
              items={data.items}
              ownOrganisationId={user.organisationId}
              mayAgree={mayAgree}
              onEnd={setEnding}
            />
          )}
        </SectionShell>
      </Paper>
      <GuardedModal
        opened={proposing}
        onClose={() => setProposing(false)}
        title={t('partnerships.proposeTitle')}
        size="lg"
      >
        {proposing ? <ProposeForm onDone={() => setProposing(false)} /> : null}
      </GuardedModal>
      <GuardedModal
        opened={ending !== null}
        onClose={() => setEnding(null)}
        title={t('partnerships.endTitle', { name: endingWith })}
      >
        {ending ? (
          <EndForm partnership={ending} organisationName={endingWith} onDone={() => setEnding(null)} />
        ) : null}
      </GuardedModal>
    </Stack>
  )
}
