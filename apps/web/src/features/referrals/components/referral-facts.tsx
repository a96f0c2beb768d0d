import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import type { IncomingReferral } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Fact } from '../../../components/ui/fact'
import { formatDateTime } from '../../../lib/format'
import { AnswerTimerText } from './answer-timer-text'
import { ReferralStatusBadge, UrgencyBadge } from './urgency-badge'

/** Who referred, why, how urgently, with what consent, and where the referral stands. */
export const ReferralFacts = ({ referral, now }: { referral: IncomingReferral; now: Date }) => {
  const { t, i18n } = useTranslation()
  return (
    <Paper withBorder p="md" mb="md">
      <Stack>
        <Group gap="xs">
          <ReferralStatusBadge status={referral.status} />
          <UrgencyBadge urgency={referral.urgency} />
          {referral.status === 'received' ? (
            <AnswerTimerText answerDueAt={referral.answerDueAt} now={now} />
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label={t('referrals.columns.from')}>{referral.fromOrganisation.name}</Fact>
          <Fact label={t('referrals.columns.reference')}>{referral.partnerReference}</Fact>
          <Fact label={t('referrals.columns.received')}>
            {formatDateTime(referral.receivedAt, i18n.language)}
          </Fact>
        </SimpleGrid>
        <Fact label={t('referrals.fields.reason')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {referral.reason}
          </Text>
        </Fact>
        <Fact label={t('referrals.fields.riskFactors')}>
          {referral.riskFactors.length > 0
            ? referral.riskFactors.map((factor) => t(`families.riskFactors.${factor}`)).join(', ')
            : '—'}
        </Fact>
        <Fact label={t('referrals.fields.consentNote')}>{referral.consentNote ?? '—'}</Fact>
        {referral.declineReason ? (
          <Fact label={t('referrals.fields.declineReason')}>{referral.declineReason}</Fact>
        ) : null}
      </Stack>
    </Paper>
  )
}
