import { Paper, Stack, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core'
import type { Facility, Stay } from '@onestop/contracts'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { ScrollRegion } from '../../../components/ui/scroll-region'
import { bothQueries } from '../../../components/ui/section-query'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatDay } from '../../../lib/format'
import { useFacilityOutOfService } from '../api/out-of-service'
import { useFacilityStays } from '../api/stays'
import { allBeds } from '../model/beds'
import { addDays, daysFrom } from '../model/days'
import { bedSegments } from '../model/timeline'
import classes from './stay-timeline.module.css'
import { StaysProgress } from './stays-progress'

const DAY_WIDTH = 36
const BED_COLUMN = 140

const shortDay = (day: string, language: string) => {
  const date = new Date(`${day}T12:00:00Z`)
  return {
    weekday: new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'lt-LT', {
      weekday: 'narrow',
      timeZone: 'UTC',
    }).format(date),
    number: date.getUTCDate(),
  }
}

/**
 * The facility's stays over some weeks: a bed per row, a night per column, each stay a bar naming the person
 * (a button opening it) and out-of-service periods marked. A table, so it reads row by row; on a phone it
 * scrolls sideways inside its own region, titled above it, the beds' column staying in view.
 */
export const StayTimeline = ({
  facility,
  from,
  weeks,
  onOpenStay,
}: {
  facility: Facility
  from: string
  weeks: number
  onOpenStay: (stay: Stay) => void
}) => {
  const { t, i18n } = useTranslation()
  const days = daysFrom(from, weeks * 7)
  const until = addDays(from, days.length)
  const stays = useFacilityStays(facility.id, from, until)
  const periods = useFacilityOutOfService(facility.id, from, until)
  const captionId = useId()
  return (
    <>
      <StaysProgress query={stays} />
      <SectionShell
        query={bothQueries(stays, periods)}
        loadingRows
        empty={{ title: t('accommodation.board.noBeds'), when: () => allBeds(facility).length === 0 }}
      >
        {([{ items }, byBed]) => (
          <Paper withBorder>
            <Text id={captionId} className={classes.caption}>
              {t('accommodation.timeline.caption', {
                facility: facility.name,
                from: formatDay(from, i18n.language),
                until: formatDay(addDays(until, -1), i18n.language),
              })}
            </Text>
            <ScrollRegion labelledBy={captionId} minWidth={BED_COLUMN + days.length * DAY_WIDTH}>
              <Table
                className={classes.timeline}
                withColumnBorders
                layout="fixed"
                verticalSpacing={2}
                horizontalSpacing={4}
                aria-labelledby={captionId}
              >
                <colgroup>
                  <col style={{ width: BED_COLUMN }} />
                  {days.map((day) => (
                    <col key={day} style={{ width: DAY_WIDTH }} />
                  ))}
                </colgroup>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" className={classes.bedColumn}>
                      {t('accommodation.timeline.bed')}
                    </Table.Th>
                    {days.map((day) => {
                      const { weekday, number } = shortDay(day, i18n.language)
                      return (
                        <Table.Th key={day} scope="col" className={classes.day}>
                          <VisuallyHidden>{formatDay(day, i18n.language)}</VisuallyHidden>
                          <span aria-hidden>
                            {weekday}
                            <br />
                            {number}
                          </span>
                        </Table.Th>
                      )
                    })}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {facility.rooms.flatMap((room) =>
                    room.beds.map((bed) => (
                      <Table.Tr key={bed.id}>
                        <Table.Th scope="row" className={classes.bedColumn}>
                          <Text size="xs" c="dimmed" truncate>
                            {room.name}
                          </Text>
                          <Text size="sm" truncate>
                            {bed.label}
                          </Text>
                        </Table.Th>
                        {bedSegments(bed, items, byBed.get(bed.id) ?? [], days).map((segment) => {
                          if (segment.kind === 'free') return <Table.Td key={segment.from} />
                          if (segment.kind === 'out')
                            return (
                              <Table.Td key={segment.from} colSpan={segment.nights} className={classes.out}>
                                <Text size="xs" truncate title={segment.period.reason}>
                                  {t('accommodation.board.outOfService')}
                                </Text>
                              </Table.Td>
                            )
                          const { stay } = segment
                          return (
                            <Table.Td key={segment.from} colSpan={segment.nights}>
                              <UnstyledButton
                                className={classes.bar}
                                data-status={stay.status}
                                onClick={() => onOpenStay(stay)}
                                title={stay.personName}
                              >
                                <Text size="xs" truncate>
                                  {stay.personName}
                                </Text>
                                <VisuallyHidden>
                                  {t('accommodation.timeline.stayDates', {
                                    from: formatDay(stay.since, i18n.language),
                                    until: stay.checkOut ? formatDay(stay.checkOut, i18n.language) : '—',
                                    status: t(`accommodation.statuses.${stay.status}`),
                                  })}
                                </VisuallyHidden>
                              </UnstyledButton>
                            </Table.Td>
                          )
                        })}
                      </Table.Tr>
                    )),
                  )}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
            <Stack gap={0} p="xs">
              <Text size="xs" c="dimmed">
                {t('accommodation.timeline.legend')}
              </Text>
            </Stack>
          </Paper>
        )}
      </SectionShell>
    </>
  )
}
