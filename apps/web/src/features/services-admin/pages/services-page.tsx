import { Button, Group, SegmentedControl, Stack, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import type { Service } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GuardedDrawer } from '../../../components/ui/guarded-drawer'
import { PageHeader } from '../../../components/ui/page-header'
import { PagedSection } from '../../../components/ui/section-shell'
import { may } from '../../../lib/access'
import { useCurrentUser } from '../../../lib/session-store'
import { oneOf, text, useSearchState } from '../../../lib/use-search-state'
import { type ServiceFilters, servicesKeys } from '../../../reference/services'
import { useCatalogue } from '../api/list-catalogue'
import { CatalogueTable } from '../components/catalogue-table'
import { ServiceForm } from '../components/service-form'

type Shown = 'all' | 'active' | 'inactive'
const SHOWN: readonly Shown[] = ['all', 'active', 'inactive']

const toFilters = (q: string, shown: Shown): ServiceFilters => ({
  ...(q.trim() ? { q: q.trim() } : {}),
  ...(shown === 'all' ? {} : { active: shown === 'active' }),
})

const SEARCH = { q: text(), shown: oneOf(SHOWN, 'all') }

/** The service catalogue: everyone reads it; admins and coordinators add, edit and retire services. */
export const ServicesPage = () => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const queryClient = useQueryClient()
  const editor = may(user, routes.createService)
  const [{ q, shown }, setSearch] = useSearchState(SEARCH)
  const setQ = (next: string) => setSearch({ q: next, shown })
  const setShown = (next: Shown) => setSearch({ q, shown: next })
  const [debouncedQ] = useDebouncedValue(q, 300)
  const catalogue = useCatalogue(toFilters(debouncedQ, shown))
  const items = catalogue.data?.pages.flatMap((page) => page.items) ?? []
  // `null`: closed; 'new': adding; otherwise the id of the service being edited.
  const [editing, setEditing] = useState<string | null>(null)
  const edited: Service | undefined = items.find((service) => service.id === editing)
  const close = () => setEditing(null)

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('servicesAdmin.catalogue.title')}
        actions={
          editor ? <Button onClick={() => setEditing('new')}>{t('servicesAdmin.service.new')}</Button> : null
        }
      />
      <Group align="flex-end" mb="md" wrap="wrap">
        <TextInput
          label={t('servicesAdmin.catalogue.search')}
          placeholder={t('servicesAdmin.catalogue.searchPlaceholder')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          maxLength={100}
          w={280}
        />
        <SegmentedControl
          aria-label={t('servicesAdmin.catalogue.status')}
          value={shown}
          onChange={(value) => setShown(SHOWN.find((s) => s === value) ?? 'all')}
          data={SHOWN.map((value) => ({ value, label: t(`servicesAdmin.catalogue.shown.${value}`) }))}
        />
      </Group>
      <PagedSection
        framed
        query={catalogue}
        items={(page) => page.items}
        empty={{ title: t('servicesAdmin.catalogue.empty'), hint: t('servicesAdmin.catalogue.emptyHint') }}
      >
        {(services) => (
          <CatalogueTable services={services} onEdit={editor ? (s) => setEditing(s.id) : undefined} />
        )}
      </PagedSection>
      <GuardedDrawer
        opened={editor && (editing === 'new' || edited !== undefined)}
        onClose={close}
        position="right"
        size="lg"
        title={
          edited
            ? t('servicesAdmin.service.editTitle', { code: edited.code })
            : t('servicesAdmin.service.new')
        }
      >
        {editing === 'new' ? (
          <ServiceForm onDone={close} />
        ) : edited ? (
          // After "reload" the form keeps what was typed and saves against the new version.
          <ServiceForm
            key={edited.id}
            service={edited}
            onDone={close}
            onReload={() => queryClient.invalidateQueries({ queryKey: servicesKeys.all })}
          />
        ) : null}
      </GuardedDrawer>
    </Stack>
  )
}
