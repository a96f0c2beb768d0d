import { Badge, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core'
import type { Bed, Facility, Stay } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { bothQueries } from '../../../components/ui/section-query'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatDay } from '../../../lib/format'
import { useFacilityOutOfService } from '../api/out-of-service'
import { useFacilityStays } from '../api/stays'
import { allBeds, type BedNight, bedNight, inUse } from '../model/beds'
import { addDays } from '../model/days'
import { BedBadges } from './bed-badges'
import classes from './bed-board.module.css'
import { StaysProgress } from './stays-progress'

const Occupant = ({ stay }: { stay: Stay }) => {
  const { t, i18n } = useTranslation()
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {stay.personName}
      </Text>
      <Text size="xs">
        {t('accommodation.board.since', { date: formatDay(stay.since, i18n.language) })}
        {stay.checkOut
          ? ` · ${t('accommodation.board.until', { date: formatDay(stay.checkOut, i18n.language) })}`
          : ''}
      </Text>
      <Text size="xs" c="dimmed">
        {t(`accommodation.statuses.${stay.status}`)}
      </Text>
    </Stack>
  )
}

const BedCell = ({
  cell,
  onPlace,
  onOpenStay,
}: {
  cell: BedNight
  onPlace: (bed: Bed) => void
  onOpenStay: (stay: Stay) => void
}) => {
  const { t } = useTranslation()
  const { room, bed, stay, outOfService } = cell
  // The cell's text (bed, occupant or "free") names the button; the room is the section's heading.
  const heading = (
    <Stack gap={2}>
      <Text size="sm" fw={700}>
        {bed.label}
      </Text>
      <BedBadges bed={bed} />
    </Stack>
  )
  if (stay)
    return (
      <UnstyledButton className={classes.bed} data-state="occupied" onClick={() => onOpenStay(stay)}>
        {heading}
        <Occupant stay={stay} />
      </UnstyledButton>
    )
  if (outOfService || !inUse(room, bed))
    return (
      <div className={classes.bed} data-state="out">
        {heading}
        <Badge color="orange" variant="light" size="sm">
          {outOfService ? t('accommodation.board.outOfService') : t('accommodation.board.notInUse')}
        </Badge>
        {outOfService ? (
          <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
            {outOfService.reason}
          </Text>
        ) : null}
      </div>
    )
  return (
    <UnstyledButton className={classes.bed} data-state="free" onClick={() => onPlace(bed)}>
      {heading}
      <Text size="sm" c="teal.9" fw={600}>
        {t('accommodation.board.free')}
      </Text>
    </UnstyledButton>
  )
}

/**
 * Rooms × beds of a facility on one night: who sleeps in each bed (since when, until when), which are free and
 * which are out of service and why. A free bed starts a placement; an occupied one opens its stay.
 */
export const BedBoard = ({
  facility,
  night,
  onPlace,
  onOpenStay,
}: {
  facility: Facility
  night: string
  onPlace: (bed: Bed) => void
  onOpenStay: (stay: Stay) => void
}) => {
  const { t, i18n } = useTranslation()
  const stays = useFacilityStays(facility.id, night, addDays(night, 1))
  const periods = useFacilityOutOfService(facility.id, night, addDays(night, 1))

  return (
    <>
      <StaysProgress query={stays} />
      <SectionShell
        query={bothQueries(stays, periods)}
        empty={{ title: t('accommodation.board.noBeds'), when: () => allBeds(facility).length === 0 }}
      >
        {([{ items }, byBed]) => {
          const cells = facility.rooms.map((room) =>
            room.beds.map((bed) => bedNight(room, bed, items, byBed.get(bed.id) ?? [], night)),
          )
          const flat = cells.flat()
          const free = flat.filter(
            (cell) => !cell.stay && !cell.outOfService && inUse(cell.room, cell.bed),
          ).length
          return (
            <Stack>
              <Text size="sm" role="status">
                {t('accommodation.board.summary', {
                  date: formatDay(night, i18n.language),
                  free,
                  occupied: flat.filter((cell) => cell.stay).length,
                  total: flat.length,
                })}
              </Text>
              {facility.rooms.map((room, i) =>
                room.beds.length === 0 ? null : (
                  <Paper
                    key={room.id}
                    withBorder
                    p="sm"
                    component="section"
                    aria-labelledby={`room-${room.id}`}
                  >
                    <Title order={3} size="h5" mb="xs" id={`room-${room.id}`}>
                      {room.name}
                    </Title>
                    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="xs">
                      {(cells[i] ?? []).map((cell) => (
                        <BedCell key={cell.bed.id} cell={cell} onPlace={onPlace} onOpenStay={onOpenStay} />
                      ))}
                    </SimpleGrid>
                  </Paper>
                ),
              )}
            </Stack>
          )
        }}
      </SectionShell>
    </>
  )
}
