import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { routes } from '@onestop/contracts/client'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Fact } from '../../../components/ui/fact'
import { plainTextStyle } from '../../../components/ui/plain-text'
import { may } from '../../../lib/access'
import { formatDateTime } from '../../../lib/format'
import { useCurrentUser } from '../../../lib/session-store'
import type { ReferralSummary } from '../api/keys'
import { ReferralStatusBadge, UrgencyBadge } from './urgency-badge'

/** The referrals the family came to the organisation by: who referred it, why, and a way to the referral. */
export const ReceivedReferrals = ({ referrals }: { referrals: readonly ReferralSummary[] }) => {
  const { t, i18n } = useTranslation()
  const user = useCurrentUser()
  const mayOpen = may(user, routes.getIncomingReferral)
  return (
    <Stack>
      {referrals.map((referral) => (
        <Paper key={referral.id} withBorder p="md" component="article" aria-label={referral.partnerReference}>
          <Stack gap="sm">
            <Group gap="xs">
              <ReferralStatusBadge status={referral.status} />
              <UrgencyBadge urgency={referral.urgency} />
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Fact label={t('referrals.columns.from')}>{referral.fromOrganisation.name}</Fact>
              <Fact label={t('referrals.columns.reference')}>
                {mayOpen ? (
                  <Anchor component={Link} to={`/referrals/${referral.id}`} size="sm">
                    {referral.partnerReference}
                  </Anchor>
                ) : (
                  referral.partnerReference
                )}
              </Fact>
              <Fact label={t('referrals.columns.received')}>
                {formatDateTime(referral.receivedAt, i18n.language)}
              </Fact>
            </SimpleGrid>
            <Fact label={t('referrals.fields.reason')}>
              <Text size="sm" style={plainTextStyle}>
                {referral.reason}
              </Text>
            </Fact>
          </Stack>
        </Paper>
      ))}
    </Stack>
  )
}
