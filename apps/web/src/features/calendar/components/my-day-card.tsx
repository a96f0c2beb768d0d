import { ActionIcon, Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core'
import type { CalendarEvent } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EmptyState } from '../../../components/ui/empty-state'
import { SectionShell } from '../../../components/ui/section-shell'
import { may } from '../../../lib/access'
import { todayInVilnius } from '../../../lib/format'
import { useCurrentUser } from '../../../lib/session-store'
import { addDays, formatLongDay, formatTimeRange } from '../../../lib/times'
import { useServiceNames } from '../../../reference/services'
import { useMyDay } from '../api/get-my-day'

const EventLine = ({ event }: { event: CalendarEvent }) => {
  const { t, i18n } = useTranslation()
  const nameOf = useServiceNames()
  const group = event.kind === 'group_session'
  return (
    <Group component="li" gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {formatTimeRange(event.startsAt, event.endsAt, i18n.language)}
      </Text>
      <Stack gap={0}>
        <Group gap={6}>
          <Text size="sm">{group ? event.title : nameOf(event.serviceId, event.title)}</Text>
          {group ? (
            <Badge size="xs" color="grape" variant="light">
              {t('calendar.groupSession')}
            </Badge>
          ) : null}
          {event.status !== 'scheduled' ? (
            <Badge size="xs" color="gray" variant="light">
              {t(`calendar.eventStatuses.${event.status}`)}
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {[event.room?.name, event.participants?.map((p) => p.name).join(', ')].filter(Boolean).join(' · ')}
          {event.familyId ? (
            <>
              {' · '}
              <Anchor component={Link} to={`/families/${event.familyId}`} size="xs">
                {event.familyReferenceCode}
              </Anchor>
            </>
          ) : null}
          {group && event.runId ? (
            <>
              {' · '}
              <Anchor component={Link} to={`/groups/${event.runId}`} size="xs">
                {t('calendar.places', {
                  enrolled: event.enrolledCount ?? 0,
                  capacity: event.capacity ?? 0,
                })}
              </Anchor>
            </>
          ) : null}
        </Text>
      </Stack>
    </Group>
  )
}

const MyDay = () => {
  const { t, i18n } = useTranslation()
  const [date, setDate] = useState(() => todayInVilnius())
  const day = useMyDay(date)
  const today = todayInVilnius()
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-day-heading">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <div>
          <Title order={2} size="h4" id="my-day-heading">
            {t('calendar.myDay.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {date === today
              ? t('calendar.myDay.today', { date: formatLongDay(date, i18n.language) })
              : formatLongDay(date, i18n.language)}
          </Text>
        </div>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            onClick={() => setDate(addDays(date, -1))}
            aria-label={t('calendar.myDay.previous')}
          >
            ‹
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            onClick={() => setDate(addDays(date, 1))}
            aria-label={t('calendar.myDay.next')}
          >
            ›
          </ActionIcon>
          <Anchor component={Link} to={`/calendar?view=timeGridDay&date=${date}`} size="sm" ml="xs">
            {t('calendar.myDay.openCalendar')}
          </Anchor>
        </Group>
      </Group>
      <SectionShell query={day}>
        {(data) => (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {data.workingHours.length > 0
                ? t('calendar.myDay.hours', {
                    hours: data.workingHours
                      .map((h) => `${h.startsAt}–${h.endsAt} (${h.siteName})`)
                      .join(', '),
                  })
                : t('calendar.myDay.noHours')}
            </Text>
            {data.absences.map((absence) => (
              <Badge key={absence.id} color="yellow" variant="light">
                {t(`calendar.absences.${absence.kind}`)}
              </Badge>
            ))}
            {data.events.length === 0 ? (
              <EmptyState title={t('calendar.myDay.empty')} />
            ) : (
              <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {data.events.map((event) => (
                  <EventLine key={`${event.kind}:${event.id}`} event={event} />
                ))}
              </Stack>
            )}
          </Stack>
        )}
      </SectionShell>
    </Paper>
  )
}

/** The signed-in specialist's appointments and group sessions of a day (today first), for the home page. */
export const MyDayCard = () => {
  const user = useCurrentUser()
  // Only those who deliver services (who hold a profession) have a day of their own to show.
  return user.professions.length > 0 && may(user, routes.createAppointment) ? <MyDay /> : null
}
