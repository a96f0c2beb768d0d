import { Button, Stack, Tabs } from '@mantine/core'
import { EXPIRING_WITHIN_DAYS } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { GuardedDrawer } from '../../../components/ui/guarded-drawer'
import { PageHeader } from '../../../components/ui/page-header'
import { SectionShell } from '../../../components/ui/section-shell'
import {
  flag,
  oneOf,
  type SearchField,
  token,
  UUID_PATTERN,
  useSearchState,
} from '../../../lib/use-search-state'
import type { CertificationFilters as Filters } from '../../../reference/certification-keys'
import { useCertifications } from '../api/list-certifications'
import { useExpiringCertifications } from '../api/list-expiring-certifications'
import { CertificationActions } from '../components/certification-actions'
import { CertificationFilters, type CertificationFilterValues } from '../components/certification-filters'
import { CertificationForm } from '../components/certification-form'
import { CertificationsTable } from '../components/certifications-table'

const TABS = ['all', 'expiring'] as const

const PAGE_STATE = {
  tab: oneOf(TABS, 'all'),
  methodologyId: token(UUID_PATTERN),
  userId: token(UUID_PATTERN),
  includeRevoked: flag,
} satisfies { tab: SearchField<(typeof TABS)[number]> } & {
  [K in keyof CertificationFilterValues]: SearchField<CertificationFilterValues[K]>
}

const toQuery = (values: CertificationFilterValues): Filters => ({
  ...(values.methodologyId ? { methodologyId: values.methodologyId } : {}),
  ...(values.userId ? { userId: values.userId } : {}),
  ...(values.includeRevoked ? { includeRevoked: true } : {}),
})

const actions = (certification: Parameters<typeof CertificationActions>[0]['certification']) => (
  <CertificationActions certification={certification} />
)

const AllCertifications = ({ filters }: { filters: CertificationFilterValues }) => {
  const { t } = useTranslation()
  const certifications = useCertifications(toQuery(filters))
  return (
    <SectionShell
      query={certifications}
      loadingRows
      empty={{
        title: t('certifications.list.empty'),
        hint: t('certifications.list.emptyHint'),
        when: (data) => data.items.length === 0,
      }}
    >
      {(data) => (
        <CertificationsTable
          certifications={data.items}
          label={t('certifications.list.caption')}
          actions={actions}
        />
      )}
    </SectionShell>
  )
}

const ExpiringCertifications = () => {
  const { t } = useTranslation()
  const expiring = useExpiringCertifications()
  return (
    <SectionShell
      query={expiring}
      loadingRows
      empty={{
        title: t('certifications.expiring.empty', { days: EXPIRING_WITHIN_DAYS }),
        when: (data) => data.items.length === 0,
      }}
    >
      {(data) => (
        <CertificationsTable
          certifications={data.items}
          label={t('certifications.expiring.caption', { days: EXPIRING_WITHIN_DAYS })}
          actions={actions}
        />
      )}
    </SectionShell>
  )
}

/** For coordinators and admins: every certification of the organisation, and those soon to lapse. */
export const CertificationsPage = () => {
  const { t } = useTranslation()
  const [{ tab, ...filters }, setState] = useSearchState(PAGE_STATE)
  const [recording, setRecording] = useState(false)
  return (
    <Stack gap={0}>
      <PageHeader
        title={t('certifications.title')}
        actions={
          <>
            <Button variant="default" component={Link} to="/competence-matrix">
              {t('nav.competenceMatrix')}
            </Button>
            <Button onClick={() => setRecording(true)}>{t('certifications.new')}</Button>
          </>
        }
      />
      <Tabs
        value={tab}
        onChange={(value) => setState({ ...filters, tab: PAGE_STATE.tab.read(value) })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="all">{t('certifications.tabs.all')}</Tabs.Tab>
          <Tabs.Tab value="expiring">
            {t('certifications.tabs.expiring', { days: EXPIRING_WITHIN_DAYS })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="all">
          <CertificationFilters value={filters} onChange={(next) => setState({ tab, ...next })} />
          <AllCertifications filters={filters} />
        </Tabs.Panel>
        <Tabs.Panel value="expiring">
          <ExpiringCertifications />
        </Tabs.Panel>
      </Tabs>
      <GuardedDrawer
        opened={recording}
        onClose={() => setRecording(false)}
        position="right"
        size="lg"
        title={t('certifications.form.newTitle')}
      >
        <CertificationForm onDone={() => setRecording(false)} />
      </GuardedDrawer>
    </Stack>
  )
}
