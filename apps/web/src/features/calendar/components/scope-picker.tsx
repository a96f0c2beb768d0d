import { Group, SegmentedControl, Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useCurrentUser } from '../../../lib/session-store'
import { useSites } from '../../../reference/sites'
import { useSpecialists } from '../../../reference/staff'
import type { CalendarScope, ScopeKind } from './calendar-scope'

/** Chooses whose calendar to show: a specialist (me by default), a room or a site. */
export const ScopePicker = ({
  scope,
  onChange,
}: {
  scope: CalendarScope
  onChange: (scope: CalendarScope) => void
}) => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const specialists = useSpecialists(user.organisationId)
  const sites = useSites()
  const siteList = sites.data?.items ?? []

  const people = (specialists.data ?? []).map((p) => ({ value: p.id, label: p.name }))
  if (!people.some((p) => p.value === user.id)) people.unshift({ value: user.id, label: user.name })
  const options = {
    specialist: people.map((p) =>
      p.value === user.id ? { ...p, label: t('calendar.me', { name: p.label }) } : p,
    ),
    room: siteList.map((site) => ({
      group: site.name,
      items: site.rooms.filter((room) => room.active).map((room) => ({ value: room.id, label: room.name })),
    })),
    site: siteList.map((site) => ({ value: site.id, label: site.name })),
  }[scope.kind]

  const chooseKind = (kind: ScopeKind) => {
    if (kind === 'specialist') onChange({ kind, id: user.id })
    else if (kind === 'site' && siteList.length === 1) onChange({ kind, id: siteList[0]?.id ?? null })
    else onChange({ kind, id: null })
  }

  return (
    <Group align="flex-end" gap="sm">
      <SegmentedControl
        value={scope.kind}
        onChange={(value) => chooseKind(value as ScopeKind)}
        data={[
          { value: 'specialist', label: t('calendar.scope.specialist') },
          { value: 'room', label: t('calendar.scope.room') },
          { value: 'site', label: t('calendar.scope.site') },
        ]}
        aria-label={t('calendar.scope.label')}
      />
      <Select
        label={t(`calendar.scope.pick.${scope.kind}`)}
        placeholder={t('calendar.scope.choose')}
        searchable
        data={options}
        value={scope.id}
        onChange={(id) => onChange({ kind: scope.kind, id })}
        allowDeselect={false}
        // Dialogs return focus here when they close: that should not open the list.
        openOnFocus={false}
        w={300}
      />
    </Group>
  )
}
