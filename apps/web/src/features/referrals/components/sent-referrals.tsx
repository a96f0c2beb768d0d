import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Fact } from '../../../components/ui/fact'
import { plainTextStyle } from '../../../components/ui/plain-text'
import { formatDateTime } from '../../../lib/format'
import type { SentReferral } from '../api/keys'
import { ReferralHistory } from './referral-history'
import { ReferralStatusBadge, UrgencyBadge } from './urgency-badge'

/** One referral sent for the family: to whom, where it stands, whom to call there, and its history. */
const SentReferralCard = ({ referral }: { referral: SentReferral }) => {
  const { t, i18n } = useTranslation()
  return (
    <Paper withBorder p="md" component="article" aria-label={referral.toOrganisation.name}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h5">
            {referral.toOrganisation.name}
          </Title>
          <Group gap="xs">
            <ReferralStatusBadge status={referral.status} />
            <UrgencyBadge urgency={referral.urgency} />
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label={t('referrals.sent.sentAt')}>{formatDateTime(referral.receivedAt, i18n.language)}</Fact>
          {referral.decidedAt ? (
            <Fact label={t('referrals.sent.answered')}>
              {formatDateTime(referral.decidedAt, i18n.language)}
            </Fact>
          ) : (
            <Fact label={t('referrals.sent.answerDue')}>
              {formatDateTime(referral.answerDueAt, i18n.language)}
            </Fact>
          )}
          <Fact label={t('referrals.sent.contactPerson')}>
            {referral.contactPerson ? (
              <>
                {referral.contactPerson.name}
                <br />
                <Anchor href={`mailto:${referral.contactPerson.email}`} size="sm">
                  {referral.contactPerson.email}
                </Anchor>
              </>
            ) : (
              <Text size="sm" c="dimmed" component="span">
                {t('referrals.sent.noContact')}
              </Text>
            )}
          </Fact>
        </SimpleGrid>
        {referral.declineReason ? (
          <Fact label={t('referrals.fields.declineReason')}>
            <span style={plainTextStyle}>{referral.declineReason}</span>
          </Fact>
        ) : null}
        <ReferralHistory history={referral.history} headingOrder={4} />
      </Stack>
    </Paper>
  )
}

export const SentReferrals = ({ referrals }: { referrals: readonly SentReferral[] }) => {
  const { t } = useTranslation()
  if (referrals.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('referrals.sent.none')}
      </Text>
    )
  return (
    <Stack>
      {referrals.map((referral) => (
        <SentReferralCard key={referral.id} referral={referral} />
      ))}
    </Stack>
  )
}
