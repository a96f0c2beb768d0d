import { Button, SegmentedControl, Stack } from '@mantine/core'
import { routes } from '@onestop/contracts/client'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../../../components/ui/page-header'
import { SectionShell } from '../../../components/ui/section-shell'
import { may } from '../../../lib/access'
import { useCurrentUser } from '../../../lib/session-store'
import { oneOf, useSearchState } from '../../../lib/use-search-state'
import { useMethodologies } from '../../../reference/methodologies'
import { MethodologiesTable } from '../components/methodologies-table'

const SHOWN = ['active', 'retired', 'all'] as const
const SEARCH = { shown: oneOf(SHOWN, 'active') }

/** The catalogue of evidence-based programmes: everyone reads it; admins add methodologies. */
export const MethodologiesPage = () => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const [{ shown }, setSearch] = useSearchState(SEARCH)
  const methodologies = useMethodologies(shown === 'all' ? {} : { active: shown === 'active' })

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('methodologies.title')}
        actions={
          may(user, routes.createMethodology) ? (
            <Button component={Link} to="/methodologies/new">
              {t('methodologies.new')}
            </Button>
          ) : null
        }
      />
      <SegmentedControl
        aria-label={t('methodologies.list.shown')}
        mb="md"
        maw={420}
        value={shown}
        onChange={(value) => setSearch({ shown: SEARCH.shown.read(value) })}
        data={SHOWN.map((value) => ({ value, label: t(`methodologies.list.shownOptions.${value}`) }))}
      />
      <SectionShell
        query={methodologies}
        loadingRows
        empty={{ title: t('methodologies.list.empty'), when: (data) => data.items.length === 0 }}
      >
        {(data) => <MethodologiesTable methodologies={data.items} />}
      </SectionShell>
    </Stack>
  )
}
