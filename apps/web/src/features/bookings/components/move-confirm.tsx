import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import type { CalendarEvent } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../../lib/api-error'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { formatWhen } from '../../../lib/times'
import { getAppointmentOptions } from '../api/get-appointment'
import { useRescheduleAppointment } from '../api/reschedule-appointment'

/** An appointment dragged to a new time on a calendar; `revert` puts it back. */
export interface AppointmentMove {
  event: Pick<CalendarEvent, 'id' | 'title'>
  startsAt: string
  endsAt: string
  revert: () => void
}

/**
 * Asks before a dragged appointment is moved, then moves it with the version last read (If-Match). A clash
 * or a change by someone else puts it back where it was and says why.
 */
export const MoveConfirm = ({ move, onDone }: { move: AppointmentMove | null; onDone: () => void }) => {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const reschedule = useRescheduleAppointment()
  const keep = () => {
    move?.revert()
    onDone()
  }
  const confirm = async () => {
    if (!move) return
    try {
      const current = await queryClient.fetchQuery({
        ...getAppointmentOptions(move.event.id),
        staleTime: 60_000,
      })
      await reschedule.mutateAsync({
        appointment: current,
        body: { startsAt: move.startsAt, endsAt: move.endsAt },
      })
      notifySuccess(t('bookings.actions.rescheduled'))
    } catch (error) {
      move.revert()
      const stale = isApiError(error) && error.status === 412
      notifyError(error, t, stale ? t('bookings.actions.stale') : undefined)
    }
    onDone()
  }
  return (
    <Modal opened={move !== null} onClose={keep} title={t('bookings.actions.titles.reschedule')} centered>
      {move ? (
        <Stack>
          <Text>
            {t('bookings.actions.moveQuestion', {
              what: move.event.title ?? '',
              when: formatWhen(move.startsAt, move.endsAt, i18n.language),
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={keep}>
              {t('bookings.actions.moveKeep')}
            </Button>
            <Button onClick={() => void confirm()} loading={reschedule.isPending} data-autofocus>
              {t('bookings.actions.moveConfirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  )
}
