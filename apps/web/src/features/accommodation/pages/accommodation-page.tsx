import { Button, Group, Select, Stack, Tabs } from '@mantine/core'
import type { Bed, Facility } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state'
import { PageHeader } from '../../../components/ui/page-header'
import { SectionShell } from '../../../components/ui/section-shell'
import { may } from '../../../lib/access'
import { todayInVilnius } from '../../../lib/format'
import { useCurrentUser } from '../../../lib/session-store'
import { DAY_PATTERN, oneOf, token, UUID_PATTERN, useSearchState } from '../../../lib/use-search-state'
import { useFacilities } from '../api/facilities'
import { BedBoard } from '../components/bed-board'
import { FacilitySetup } from '../components/facility-setup'
import { DayStepper } from '../components/night-picker'
import { PlacementDialog } from '../components/placement-dialog'
import type { PlacementPreset } from '../components/placement-form'
import { StayDialog } from '../components/stay-dialog'
import { StayTimeline } from '../components/stay-timeline'
import { mondayOf } from '../model/days'

/**
 * The page's tabs. The waiting list and occupancy join here as tabs of their own, each shown to those its
 * main route lets in.
 */
const TABS = ['board', 'timeline', 'setup'] as const
type Tab = (typeof TABS)[number]
const WEEKS = ['2', '4', '8'] as const

const PAGE_STATE = {
  facility: token(UUID_PATTERN),
  tab: oneOf(TABS, 'board'),
  night: token(DAY_PATTERN),
  from: token(DAY_PATTERN),
  weeks: oneOf(WEEKS, '4'),
}

/** Who may open which tab, from the routes' own access in the contracts. */
const TAB_ROUTES: Record<Tab, Parameters<typeof may>[1]> = {
  board: routes.placeStays,
  timeline: routes.placeStays,
  setup: routes.createFacility,
}

const FacilityView = ({ facilities, tabs }: { facilities: readonly Facility[]; tabs: readonly Tab[] }) => {
  const { t } = useTranslation()
  const [state, setState] = useSearchState(PAGE_STATE)
  const [placing, setPlacing] = useState<PlacementPreset | null>(null)
  const [openStayId, setOpenStayId] = useState<string | null>(null)
  const today = todayInVilnius()
  const night = state.night ?? today
  const from = state.from ?? mondayOf(today)
  const facility =
    facilities.find((f) => f.id === state.facility) ?? facilities.find((f) => f.active) ?? facilities[0]
  const tab = tabs.includes(state.tab) ? state.tab : (tabs[0] ?? 'setup')
  const set = (changes: Partial<typeof state>) => setState({ ...state, ...changes })
  const mayPlace = tabs.includes('board')

  return (
    <Stack>
      {facilities.length > 0 ? (
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Select
            label={t('accommodation.page.facility')}
            allowDeselect={false}
            data={facilities.map((f) => ({
              value: f.id,
              label: f.active ? f.name : `${f.name} (${t('accommodation.setup.inactive')})`,
            }))}
            value={facility?.id ?? null}
            onChange={(id) => set({ facility: id })}
            w={{ base: '100%', xs: 320 }}
          />
          {mayPlace && facility?.active ? (
            <Button onClick={() => setPlacing({ checkIn: night })}>{t('accommodation.place.open')}</Button>
          ) : null}
        </Group>
      ) : null}
      <Tabs value={tab} onChange={(value) => set({ tab: PAGE_STATE.tab.read(value) })} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`accommodation.page.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="board">
          {facility ? (
            <Stack>
              <DayStepper
                label={t('accommodation.board.night')}
                value={night}
                onChange={(day) => set({ night: day === today ? null : day })}
                previousLabel={t('accommodation.board.previousNight')}
                nextLabel={t('accommodation.board.nextNight')}
                todayLabel={t('accommodation.board.today')}
              />
              <BedBoard
                facility={facility}
                night={night}
                onPlace={(bed: Bed) =>
                  facility.active ? setPlacing({ bedId: bed.id, checkIn: night }) : undefined
                }
                onOpenStay={(stay) => setOpenStayId(stay.id)}
              />
            </Stack>
          ) : (
            <NoFacilities />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="timeline">
          {facility ? (
            <Stack>
              <Group align="flex-end" wrap="wrap">
                <DayStepper
                  label={t('accommodation.timeline.from')}
                  value={from}
                  step={7}
                  onChange={(day) => set({ from: mondayOf(day) === mondayOf(today) ? null : mondayOf(day) })}
                  previousLabel={t('accommodation.timeline.previousWeek')}
                  nextLabel={t('accommodation.timeline.nextWeek')}
                  todayLabel={t('accommodation.timeline.thisWeek')}
                />
                <Select
                  label={t('accommodation.timeline.weeks')}
                  allowDeselect={false}
                  data={WEEKS.map((weeks) => ({
                    value: weeks,
                    label: t('accommodation.timeline.weeksCount', { count: Number(weeks) }),
                  }))}
                  value={state.weeks}
                  onChange={(weeks) => set({ weeks: PAGE_STATE.weeks.read(weeks) })}
                  w={140}
                />
              </Group>
              <StayTimeline
                facility={facility}
                from={from}
                weeks={Number(state.weeks)}
                onOpenStay={(stay) => setOpenStayId(stay.id)}
              />
            </Stack>
          ) : (
            <NoFacilities />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="setup">
          <FacilitySetup facilities={facilities} selected={facility} />
        </Tabs.Panel>
      </Tabs>
      {facility ? (
        <>
          <PlacementDialog facility={facility} preset={placing} onClose={() => setPlacing(null)} />
          <StayDialog stayId={openStayId} facility={facility} onClose={() => setOpenStayId(null)} />
        </>
      ) : null}
    </Stack>
  )
}

const NoFacilities = () => {
  const { t } = useTranslation()
  return (
    <EmptyState title={t('accommodation.facilities.none')} hint={t('accommodation.facilities.noneHint')} />
  )
}

/** Temporary accommodation: the bed board, the timeline of stays and the setup of facilities, rooms and beds. */
export const AccommodationPage = () => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const facilities = useFacilities()
  const tabs = TABS.filter((tab) => may(user, TAB_ROUTES[tab]))
  return (
    <Stack gap={0}>
      <PageHeader title={t('accommodation.page.title')} />
      <SectionShell query={facilities}>
        {(data) => <FacilityView facilities={data.items} tabs={tabs} />}
      </SectionShell>
    </Stack>
  )
}
