import { Anchor, Button, SegmentedControl, Stack, Table, Text } from '@mantine/core'
import type { ComponentProps } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { PageHeader } from '../../../components/ui/page-header'
import { PagedSection } from '../../../components/ui/section-shell'
import { formatDateTime } from '../../../lib/format'
import { oneOf, useSearchState } from '../../../lib/use-search-state'
import type { BreakGlassFilters } from '../../../reference/family-keys'
import { useBreakGlassGrants } from '../api/list-break-glass'
import { ReviewGrantForm } from '../components/review-grant-form'

const SHOWN = ['pending', 'reviewed', 'all'] as const
type Shown = (typeof SHOWN)[number]
const FILTER_STATE = { shown: oneOf(SHOWN, 'pending') }

const filtersOf = (shown: Shown): BreakGlassFilters =>
  shown === 'all' ? {} : { reviewed: shown === 'reviewed' }

export const BreakGlassPage = () => {
  const { t, i18n } = useTranslation()
  const [{ shown }, setState] = useSearchState(FILTER_STATE)
  const setShown = (value: Shown) => setState({ shown: value })
  const grants = useBreakGlassGrants(filtersOf(shown))
  const [reviewing, setReviewing] = useState<ComponentProps<typeof ReviewGrantForm>['grant'] | null>(null)
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
      <PagedSection
        framed
        query={grants}
        items={(page) => page.items}
        empty={{ title: t('families.breakGlass.empty') }}
      >
        {(items) => (
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
        )}
      </PagedSection>
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
