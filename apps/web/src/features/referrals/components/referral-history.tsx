import { Text, Timeline, Title } from '@mantine/core'
import type { IncomingReferral } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../../lib/format'

/** Where a referral has been: received, accepted or declined, the case closed; oldest first. */
export const ReferralHistory = ({
  history,
  headingOrder = 2,
}: {
  history: IncomingReferral['history']
  headingOrder?: 2 | 3 | 4
}) => {
  const { t, i18n } = useTranslation()
  return (
    <section aria-label={t('referrals.history.title')}>
      <Title order={headingOrder} size="h5" mb="xs">
        {t('referrals.history.title')}
      </Title>
      <Timeline active={history.length - 1} bulletSize={14} lineWidth={2}>
        {history.map((event) => (
          <Timeline.Item
            key={`${event.type}-${event.occurredAt}`}
            title={t(`referrals.history.${event.type}`)}
          >
            <Text size="xs" c="dimmed">
              {formatDateTime(event.occurredAt, i18n.language)}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </section>
  )
}
