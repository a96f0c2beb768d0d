import { Anchor, Stack } from '@mantine/core'
import type { IncomingReferral } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { PageHeader } from '../../../components/ui/page-header'
import { SectionShell } from '../../../components/ui/section-shell'
import { useIncomingReferral } from '../api/get-incoming-referral'
import { MatchProposals } from '../components/match-proposals'
import { ReferralAnswer } from '../components/referral-answer'
import { ReferralFacts } from '../components/referral-facts'
import { ReferralHistory } from '../components/referral-history'
import { ReferralPersons } from '../components/referral-persons'
import { useNow } from '../components/use-now'

/** One referral: what the municipality sent, the families it may be, and the answer while it waits. */
export const ReferralPage = ({ now: fixedNow }: { now?: Date }) => {
  const { t } = useTranslation()
  const { referralId = '' } = useParams()
  const now = useNow(fixedNow)
  const navigate = useNavigate()
  const referral = useIncomingReferral(referralId)
  const toFamily = (accepted: IncomingReferral) => {
    if (accepted.familyId) void navigate(`/families/${accepted.familyId}`)
  }

  return (
    <Stack gap={0}>
      <PageHeader
        title={
          referral.data
            ? t('referrals.pageTitle', { reference: referral.data.partnerReference })
            : t('referrals.title')
        }
      />
      <Anchor component={Link} to="/referrals" size="sm" mb="md">
        {t('referrals.back')}
      </Anchor>
      <SectionShell query={referral}>
        {(data) => (
          <>
            <ReferralFacts referral={data} now={now} />
            {data.familyId ? (
              <Anchor component={Link} to={`/families/${data.familyId}`} mb="md">
                {t('referrals.acceptedInto')}
              </Anchor>
            ) : null}
            <ReferralHistory history={data.history} />
            <ReferralPersons persons={data.persons} />
            <MatchProposals referral={data} onAccepted={toFamily} />
            {data.status === 'received' ? <ReferralAnswer referral={data} onAccepted={toFamily} /> : null}
          </>
        )}
      </SectionShell>
    </Stack>
  )
}
