import { Button, Stack } from '@mantine/core'
import type { Room, Site } from '@onestop/contracts'
import type { TFunction } from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { PageHeader } from '../../../components/ui/page-header'
import { SectionShell } from '../../../components/ui/section-shell'
import { useSites } from '../../../reference/sites'
import { RoomForm } from '../components/room-form'
import { SiteCard } from '../components/site-card'
import { SiteForm } from '../components/site-form'

type Editing = { kind: 'site'; site?: Site } | { kind: 'room'; site: Site; room?: Room } | null

const titleOf = (editing: NonNullable<Editing>, t: TFunction) => {
  if (editing.kind === 'site')
    return editing.site
      ? t('servicesAdmin.sites.editTitle', { name: editing.site.name })
      : t('servicesAdmin.sites.new')
  return editing.room
    ? t('servicesAdmin.rooms.editTitle', { name: editing.room.name })
    : t('servicesAdmin.rooms.newAt', { site: editing.site.name })
}

/** The organisation's sites and their rooms, for admins to keep up to date. */
export const SitesPage = () => {
  const { t } = useTranslation()
  const sites = useSites()
  const [editing, setEditing] = useState<Editing>(null)
  const close = () => setEditing(null)

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('servicesAdmin.sites.title')}
        actions={<Button onClick={() => setEditing({ kind: 'site' })}>{t('servicesAdmin.sites.new')}</Button>}
      />
      <SectionShell
        query={sites}
        empty={{
          when: (data) => data.items.length === 0,
          title: t('servicesAdmin.sites.empty'),
          hint: t('servicesAdmin.sites.emptyHint'),
        }}
      >
        {(data) => (
          <Stack aria-busy={sites.isFetching}>
            {data.items.map((site) => (
              <SiteCard
                key={site.id}
                site={site}
                onEditSite={() => setEditing({ kind: 'site', site })}
                onAddRoom={() => setEditing({ kind: 'room', site })}
                onEditRoom={(room) => setEditing({ kind: 'room', site, room })}
              />
            ))}
          </Stack>
        )}
      </SectionShell>
      <GuardedModal
        opened={editing !== null}
        onClose={close}
        title={editing ? titleOf(editing, t) : ''}
        centered
      >
        {editing?.kind === 'site' ? (
          <SiteForm site={editing.site} onDone={close} />
        ) : editing?.kind === 'room' ? (
          <RoomForm siteId={editing.site.id} room={editing.room} onDone={close} />
        ) : null}
      </GuardedModal>
    </Stack>
  )
}
