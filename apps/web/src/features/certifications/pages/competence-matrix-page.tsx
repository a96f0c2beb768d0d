import { Anchor, Stack, Text, Title } from '@mantine/core'
import { PROFESSIONS } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../../../components/ui/page-header'
import { SectionShell } from '../../../components/ui/section-shell'
import {
  maybeOneOf,
  type SearchField,
  token,
  UUID_PATTERN,
  useSearchState,
} from '../../../lib/use-search-state'
import type { MatrixFilters as Filters } from '../../../reference/certification-keys'
import { useCompetenceMatrix } from '../api/get-competence-matrix'
import { CompetenceMatrixTable } from '../components/competence-matrix-table'
import { MatrixFilters, type MatrixFilterValues } from '../components/matrix-filters'

const FILTER_STATE = {
  siteId: token(UUID_PATTERN),
  profession: maybeOneOf(PROFESSIONS),
} satisfies { [K in keyof MatrixFilterValues]: SearchField<MatrixFilterValues[K]> }

const toQuery = (values: MatrixFilterValues): Filters => ({
  ...(values.siteId ? { siteId: values.siteId } : {}),
  ...(values.profession ? { profession: values.profession } : {}),
})

const TITLE_ID = 'competence-matrix-title'

/** Who can run what: each active staff member's standing in each active methodology, today. */
export const CompetenceMatrixPage = () => {
  const { t } = useTranslation()
  const [filters, setFilters] = useSearchState(FILTER_STATE)
  const matrix = useCompetenceMatrix(toQuery(filters))
  return (
    <Stack gap={0}>
      <Anchor component={Link} to="/certifications" size="sm" mb="xs">
        {t('certifications.backToList')}
      </Anchor>
      <PageHeader title={t('certifications.matrix.title')} />
      <Text c="dimmed" size="sm" mb="md">
        {t('certifications.matrix.intro')}
      </Text>
      <MatrixFilters value={filters} onChange={setFilters} />
      <SectionShell
        query={matrix}
        loadingRows
        empty={{
          title: t('certifications.matrix.empty'),
          hint: t('certifications.matrix.emptyHint'),
          when: (data) => data.staff.length === 0 || data.methodologies.length === 0,
        }}
      >
        {(data) => (
          <Stack gap="xs" aria-busy={matrix.isFetching}>
            <Title order={2} size="h4" id={TITLE_ID}>
              {t('certifications.matrix.caption', { n: data.staff.length })}
            </Title>
            <CompetenceMatrixTable matrix={data} labelledBy={TITLE_ID} />
          </Stack>
        )}
      </SectionShell>
    </Stack>
  )
}
