import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../../lib/api-error'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { getAppointmentOptions } from '../../bookings/api/get-appointment'
import { useRescheduleAppointment } from '../../bookings/api/reschedule-appointment'
import { formatWhen } from '../../bookings/components/times'
import type { EventMove } from './calendar-board'

/**
 * Asks before a dragged appointment is moved, then moves it with the version last read (If-Match). A clash
 * or a change by someone else puts it back where it was and says why.
 */
export const MoveConfirm = ({ move, onDone }: { move: EventMove | null; onDone: () => void }) => {
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
            {t('bookings.calendar.moveQuestion', {
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
