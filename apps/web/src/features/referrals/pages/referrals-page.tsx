import { Stack, Title } from '@mantine/core'
import { REFERRAL_STATUSES, REFERRAL_URGENCIES } from '@onestop/contracts'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/ui/page-header'
import { PagedSection } from '../../../components/ui/section-shell'
import { maybeOneOf, oneOf, useSearchState } from '../../../lib/use-search-state'
import { useIncomingReferrals } from '../api/list-incoming-referrals'
import { InboxFilters } from '../components/inbox-filters'
import { ReferralsTable } from '../components/referrals-table'
import { useNow } from '../components/use-now'

const FILTER_STATE = {
  status: oneOf(REFERRAL_STATUSES, 'received'),
  urgency: maybeOneOf(REFERRAL_URGENCIES),
}

/** The staff's inbox of referrals from partner municipalities, each with the time left to answer. */
export const ReferralsPage = ({ now: fixedNow }: { now?: Date }) => {
  const { t } = useTranslation()
  const now = useNow(fixedNow)
  const titleId = useId()
  const [filters, setFilters] = useSearchState(FILTER_STATE)
  const referrals = useIncomingReferrals({
    status: filters.status,
    ...(filters.urgency ? { urgency: filters.urgency } : {}),
  })

  return (
    <Stack gap={0}>
      <PageHeader title={t('referrals.title')} />
      <InboxFilters value={filters} onChange={setFilters} />
      <Title order={2} size="h4" id={titleId} mb="xs">
        {t(`referrals.listTitle.${filters.status}`)}
      </Title>
      <PagedSection
        framed
        query={referrals}
        items={(page) => page.items}
        empty={{ title: t('referrals.empty'), hint: t('referrals.emptyHint') }}
      >
        {(items) => <ReferralsTable referrals={items} now={now} titleId={titleId} />}
      </PagedSection>
    </Stack>
  )
}
