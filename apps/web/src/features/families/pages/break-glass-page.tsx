import { Anchor, Button, SegmentedControl, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EmptyState } from '../../../components/ui/empty-state'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { PageHeader } from '../../../components/ui/page-header'
import { PagedResults } from '../../../components/ui/paged-results'
import { formatDateTime } from '../../../lib/format'
import type { BreakGlassFilters } from '../../../reference/family-keys'
import { useBreakGlassGrants } from '../api/list-break-glass'
import { ReviewGrantForm } from '../components/review-grant-form'

type Shown = 'pending' | 'reviewed' | 'all'

const filtersOf = (shown: Shown): BreakGlassFilters =>
  shown === 'all' ? {} : { reviewed: shown === 'reviewed' }

export const BreakGlassPage = () => {
  const { t, i18n } = useTranslation()
  const [shown, setShown] = useState<Shown>('pending')
  const grants = useBreakGlassGrants(filtersOf(shown))
  const items = grants.data?.pages.flatMap((page) => page.items) ?? []
  const [reviewing, setReviewing] = useState<(typeof items)[number] | null>(null)
  const when = (iso: string) => formatDateTime(iso, i18n.language)

  return (
    <Stack gap={0}>
      <PageHeader title={t('families.breakGlass.title')} />
      <Text c="dimmed" mb="md">
        {t('families.breakGlass.intro')}
      </Text>
      <SegmentedControl
        mb="md"
        w="fit-content"
        aria-label={t('families.breakGlass.filter')}
        value={shown}
        onChange={(value) => setShown(value === 'reviewed' || value === 'all' ? value : 'pending')}
        data={(['pending', 'reviewed', 'all'] as const).map((value) => ({
          value,
          label: t(`families.breakGlass.filters.${value}`),
        }))}
      />
      <PagedResults
        query={grants}
        count={items.length}
        empty={<EmptyState title={t('families.breakGlass.empty')} />}
      >
        <Table.ScrollContainer minWidth={860}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('families.breakGlass.columns.family')}</Table.Th>
                <Table.Th scope="col">{t('families.breakGlass.columns.user')}</Table.Th>
                <Table.Th scope="col">{t('families.breakGlass.columns.reason')}</Table.Th>
                <Table.Th scope="col">{t('families.breakGlass.columns.granted')}</Table.Th>
                <Table.Th scope="col">{t('families.breakGlass.columns.expires')}</Table.Th>
                <Table.Th scope="col">{t('families.breakGlass.columns.review')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((grant) => (
                <Table.Tr key={grant.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/families/${grant.familyId}`}>
                      {grant.familyReferenceCode}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{grant.userName}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{grant.reason}</Table.Td>
                  <Table.Td>{when(grant.grantedAt)}</Table.Td>
                  <Table.Td>{when(grant.expiresAt)}</Table.Td>
                  <Table.Td>
                    {grant.reviewedAt ? (
                      <Stack gap={0}>
                        <Text size="sm">
                          {t('families.breakGlass.reviewedBy', {
                            name: grant.reviewedBy ?? '—',
                            date: when(grant.reviewedAt),
                          })}
                        </Text>
                        <Text size="sm" c="dimmed">
                          {grant.reviewNote}
                        </Text>
                      </Stack>
                    ) : (
                      <Button size="xs" variant="light" onClick={() => setReviewing(grant)}>
                        {t('families.breakGlass.review')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </PagedResults>
      <GuardedModal
        opened={reviewing !== null}
        onClose={() => setReviewing(null)}
        title={t('families.breakGlass.reviewTitle')}
        centered
      >
        {reviewing ? <ReviewGrantForm grant={reviewing} onDone={() => setReviewing(null)} /> : null}
      </GuardedModal>
    </Stack>
  )
}
