import { Button, Group, Menu } from '@mantine/core'
import type { Appointment } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { formatWhen } from '../../../lib/times'
import { CancelForm } from './cancel-form'
import { OutcomeForm } from './outcome-form'
import { RescheduleForm } from './reschedule-form'

type Action = 'completed' | 'no_show' | 'reschedule' | 'cancel'

/** What may be done to an appointment now: outcomes once it has started, moving or cancelling while scheduled. */
export const availableActions = (appointment: Appointment, now = Date.now()): Action[] => {
  if (appointment.visibility !== 'full' || appointment.status !== 'scheduled') return []
  const started = Date.parse(appointment.startsAt) <= now
  return [...(started ? (['completed', 'no_show'] as const) : []), 'reschedule', 'cancel']
}

const COLORS: Record<Action, string> = {
  completed: 'teal',
  no_show: 'orange',
  reschedule: 'indigo',
  cancel: 'red',
}

/** The actions on an appointment, as buttons (a drawer) or a menu (a table row); each asks in a dialog. */
export const AppointmentActions = ({
  appointment,
  layout = 'buttons',
}: {
  appointment: Appointment
  layout?: 'buttons' | 'menu'
}) => {
  const { t, i18n } = useTranslation()
  const [action, setAction] = useState<Action | null>(null)
  const actions = availableActions(appointment)
  // An open form stays while a reload shows the appointment changed (e.g. cancelled by someone else), keeping
  // what was typed; the server then says why the action no longer applies.
  if (actions.length === 0 && action === null) return null
  const close = () => setAction(null)
  const label = (a: Action) => t(`bookings.actions.${a}`)

  return (
    <>
      {actions.length === 0 ? null : layout === 'buttons' ? (
        <Group gap="xs">
          {actions.map((a) => (
            <Button key={a} size="xs" variant="light" color={COLORS[a]} onClick={() => setAction(a)}>
              {label(a)}
            </Button>
          ))}
        </Group>
      ) : (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button
              size="compact-sm"
              variant="default"
              aria-label={t('bookings.actions.menuFor', {
                when: formatWhen(appointment.startsAt, appointment.endsAt, i18n.language),
              })}
            >
              {t('bookings.actions.menu')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {actions.map((a) => (
              <Menu.Item key={a} color={a === 'cancel' ? 'red' : undefined} onClick={() => setAction(a)}>
                {label(a)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
      <GuardedModal
        opened={action !== null}
        onClose={close}
        title={action ? t(`bookings.actions.titles.${action}`) : ''}
        centered
      >
        {action === 'cancel' ? (
          <CancelForm appointment={appointment} onDone={close} />
        ) : action === 'reschedule' ? (
          <RescheduleForm appointment={appointment} onDone={close} />
        ) : action ? (
          <OutcomeForm appointment={appointment} outcome={action} onDone={close} />
        ) : null}
      </GuardedModal>
    </>
  )
}
