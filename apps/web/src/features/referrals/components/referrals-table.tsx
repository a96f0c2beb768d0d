import { Anchor, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ScrollRegion } from '../../../components/ui/scroll-region'
import { formatDateTime } from '../../../lib/format'
import type { ReferralSummary } from '../api/keys'
import { AnswerTimerText } from './answer-timer-text'
import { UrgencyBadge } from './urgency-badge'

/**
 * Referrals in the inbox; on a phone the table scrolls sideways in its own region, named by `titleId`.
 * The timer shows only for referrals still waiting for an answer.
 */
export const ReferralsTable = ({
  referrals,
  now,
  titleId,
}: {
  referrals: readonly ReferralSummary[]
  now: Date
  titleId: string
}) => {
  const { t, i18n } = useTranslation()
  return (
    <ScrollRegion labelledBy={titleId} minWidth={820}>
      <Table striped aria-labelledby={titleId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('referrals.columns.from')}</Table.Th>
            <Table.Th scope="col">{t('referrals.columns.reference')}</Table.Th>
            <Table.Th scope="col">{t('referrals.columns.urgency')}</Table.Th>
            <Table.Th scope="col">{t('referrals.columns.received')}</Table.Th>
            <Table.Th scope="col">{t('referrals.columns.answer')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {referrals.map((referral) => (
            <Table.Tr key={referral.id}>
              <Table.Th scope="row" fw={600}>
                <Anchor component={Link} to={`/referrals/${referral.id}`}>
                  {referral.fromOrganisation.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('referrals.personCount', { count: referral.personCount })}
                </Text>
              </Table.Th>
              <Table.Td>{referral.partnerReference}</Table.Td>
              <Table.Td>
                <UrgencyBadge urgency={referral.urgency} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(referral.receivedAt, i18n.language)}
              </Table.Td>
              <Table.Td>
                {referral.status === 'received' ? (
                  <AnswerTimerText answerDueAt={referral.answerDueAt} now={now} />
                ) : (
                  t(`referrals.statuses.${referral.status}`)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  )
}
