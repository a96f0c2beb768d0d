import { Button, Group, Select, Stack, Tabs } from '@mantine/core'
import { type Bed, type Facility, WAITING_REQUEST_STATUSES, type WaitingRequest } from '@onestop/contracts'
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
import { type FacilityName, useFacilityNames } from '../api/facility-names'
import { BedBoard } from '../components/bed-board'
import { FacilitySetup } from '../components/facility-setup'
import { DayStepper } from '../components/night-picker'
import { OccupancyTab } from '../components/occupancy-tab'
import { PlacementDialog } from '../components/placement-dialog'
import type { PlacementPreset } from '../components/placement-form'
import { ResidentsTab } from '../components/residents-tab'
import { StayDialog } from '../components/stay-dialog'
import { StayTimeline } from '../components/stay-timeline'
import { WaitingList } from '../components/waiting-list'
import { mondayOf } from '../model/days'
import { MONTH_PATTERN, monthOf } from '../model/months'

/** The page's tabs, each shown to those its main route lets in. */
const TABS = ['board', 'timeline', 'waiting', 'occupancy', 'residents', 'setup'] as const
type Tab = (typeof TABS)[number]
const WEEKS = ['2', '4', '8'] as const

const PAGE_STATE = {
  facility: token(UUID_PATTERN),
  tab: oneOf(TABS, 'board'),
  night: token(DAY_PATTERN),
  from: token(DAY_PATTERN),
  weeks: oneOf(WEEKS, '4'),
  status: oneOf(WAITING_REQUEST_STATUSES, 'open'),
  month: token(MONTH_PATTERN),
}

/** Who may open which tab, from the routes' own access in the contracts. */
const TAB_ROUTES: Record<Tab, Parameters<typeof may>[1]> = {
  board: routes.placeStays,
  timeline: routes.placeStays,
  waiting: routes.listWaitingRequests,
  occupancy: routes.getOccupancy,
  residents: routes.listResidents,
  setup: routes.createFacility,
}

/** Tabs about one facility show the facility picker; the waiting list is the organisation's. */
const FACILITY_TABS: readonly Tab[] = ['board', 'timeline', 'occupancy', 'residents']

/** Check-in from the waiting list: tonight, or the day the place is needed from when that is later. */
const checkInFor = (request: WaitingRequest, today: string) =>
  request.neededFrom > today ? request.neededFrom : today

const FacilityView = ({
  choices,
  facilities,
  tabs,
}: {
  /** Every facility by name; `facilities` holds the full ones for those who may list them. */
  choices: readonly FacilityName[]
  facilities: readonly Facility[]
  tabs: readonly Tab[]
}) => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const [state, setState] = useSearchState(PAGE_STATE)
  const [placing, setPlacing] = useState<PlacementPreset | null>(null)
  const [openStayId, setOpenStayId] = useState<string | null>(null)
  const today = todayInVilnius()
  const night = state.night ?? today
  const from = state.from ?? mondayOf(today)
  const month = state.month ?? monthOf(today)
  const fullOf = (id: string | undefined) => facilities.find((f) => f.id === id)
  const choice =
    choices.find((c) => c.id === state.facility) ??
    choices.find((c) => fullOf(c.id)?.active !== false) ??
    choices[0]
  const facility = fullOf(choice?.id)
  // Without a tab asked for, one's own work comes first; occupancy when that is all one may see.
  const tab = tabs.includes(state.tab)
    ? state.tab
    : (tabs.find((name) => name !== 'occupancy') ?? 'occupancy')
  const set = (changes: Partial<typeof state>) => setState({ ...state, ...changes })
  const mayPlace = tabs.includes('board')
  // A request is placed in the chosen facility when it is of the kind asked for, else in the first in use.
  const facilityFor = (request: WaitingRequest) =>
    facility?.active && facility.kind === request.facilityKind
      ? facility
      : facilities.find((f) => f.active && f.kind === request.facilityKind)
  const placeFromRequest = (request: WaitingRequest, target: Facility) => {
    set({ facility: target.id })
    setPlacing({
      checkIn: checkInFor(request, today),
      fromRequest: {
        waitingRequestId: request.id,
        familyId: request.familyId,
        familyReference: request.familyReference,
        members: request.members,
      },
    })
  }

  return (
    <Stack>
      {choices.length > 0 && FACILITY_TABS.includes(tab) ? (
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Select
            label={t('accommodation.page.facility')}
            allowDeselect={false}
            data={choices.map((c) => ({
              value: c.id,
              label:
                fullOf(c.id)?.active === false ? `${c.name} (${t('accommodation.setup.inactive')})` : c.name,
            }))}
            value={choice?.id ?? null}
            onChange={(id) => set({ facility: id })}
            w={{ base: '100%', xs: 320 }}
          />
          {mayPlace && facility?.active && (tab === 'board' || tab === 'timeline') ? (
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
        <Tabs.Panel value="waiting">
          <WaitingList
            status={state.status}
            onStatus={(status) => set({ status })}
            mayCreate={may(user, routes.createWaitingRequest)}
            mayWithdraw={may(user, routes.withdrawWaitingRequest)}
            facilityFor={mayPlace ? facilityFor : undefined}
            onPlace={mayPlace ? placeFromRequest : undefined}
          />
        </Tabs.Panel>
        <Tabs.Panel value="occupancy">
          {choice ? (
            <OccupancyTab
              facility={choice}
              month={month}
              onMonth={(next) => set({ month: next === monthOf(today) ? null : next })}
            />
          ) : (
            <NoFacilities />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="residents">
          {choice ? <ResidentsTab facility={choice} /> : <NoFacilities />}
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

/**
 * Temporary accommodation: the bed board, the timeline of stays, the waiting list, occupancy, who is in the
 * house tonight and the setup of facilities, rooms and beds. Everyone may see occupancy counts; the rest only
 * those the routes let in.
 */
export const AccommodationPage = () => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const facilities = useFacilities(may(user, routes.listFacilities))
  const names = useFacilityNames()
  const tabs = TABS.filter((tab) => may(user, TAB_ROUTES[tab]))
  return (
    <Stack gap={0}>
      <PageHeader title={t('accommodation.page.title')} />
      <SectionShell query={names}>
        {(data) => (
          <FacilityView choices={data.items} facilities={facilities.data?.items ?? []} tabs={tabs} />
        )}
      </SectionShell>
    </Stack>
  )
}
