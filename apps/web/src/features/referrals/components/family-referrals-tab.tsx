import { Button, Group, Stack, Title } from '@mantine/core'
import type { Family } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { SectionShell } from '../../../components/ui/section-shell'
import { useReceivedReferrals, useSentReferrals } from '../api/family-referrals'
import { ReceivedReferrals } from './received-referrals'
import { ReferFamilyForm } from './refer-family-form'
import { SentReferrals } from './sent-referrals'

/**
 * A family's referrals on its page: the ones it came by, and the ones sent for it to other organisations with
 * where each stands; the responsible case manager, a coordinator or an admin refers it onwards.
 */
export const FamilyReferralsTab = ({ family, canRefer }: { family: Family; canRefer: boolean }) => {
  const { t } = useTranslation()
  const received = useReceivedReferrals(family.id)
  const sent = useSentReferrals(family.id)
  const [referring, setReferring] = useState(false)
  const close = () => setReferring(false)
  return (
    <Stack gap="lg">
      <SectionShell query={received}>
        {({ items }) =>
          items.length > 0 ? (
            <section aria-labelledby="received-referrals">
              <Title order={2} size="h4" mb="sm" id="received-referrals">
                {t('referrals.received.title')}
              </Title>
              <ReceivedReferrals referrals={items} />
            </section>
          ) : null
        }
      </SectionShell>
      <section aria-labelledby="sent-referrals">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="sent-referrals">
            {t('referrals.sent.title')}
          </Title>
          {canRefer && family.status !== 'closed' ? (
            <Button onClick={() => setReferring(true)}>{t('referrals.refer.open')}</Button>
          ) : null}
        </Group>
        <SectionShell query={sent}>{({ items }) => <SentReferrals referrals={items} />}</SectionShell>
      </section>
      <GuardedModal opened={referring} onClose={close} title={t('referrals.refer.title')} size="lg">
        {referring ? <ReferFamilyForm family={family} onDone={close} /> : null}
      </GuardedModal>
    </Stack>
  )
}
