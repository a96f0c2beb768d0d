import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import type { Facility, Stay } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Fact } from '../../../components/ui/fact'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { SectionShell } from '../../../components/ui/section-shell'
import { formatDateTime, formatDay } from '../../../lib/format'
import { usePhone } from '../../../lib/use-phone'
import { useStay } from '../api/stays'
import { CancelStayForm, ChangeStayForm, CheckInForm, CheckOutForm, MoveStayForm } from './stay-forms'

type StayAction = 'checkIn' | 'checkOut' | 'move' | 'change' | 'cancel'

/** What can still be done with a stay in its state (the API refuses the rest as an invalid transition). */
const actionsOf = (stay: Stay): StayAction[] => {
  switch (stay.status) {
    case 'planned':
      return ['checkIn', 'move', 'change', 'cancel']
    case 'checked_in':
      return ['checkOut', 'move', 'change']
    default:
      return []
  }
}

const StayFacts = ({ stay }: { stay: Stay }) => {
  const { t, i18n } = useTranslation()
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
      <Fact label={t('accommodation.stay.person')}>{stay.personName}</Fact>
      <Fact label={t('accommodation.stay.status')}>{t(`accommodation.statuses.${stay.status}`)}</Fact>
      <Fact label={t('accommodation.stay.where')}>
        {stay.roomName && stay.bedLabel ? `${stay.roomName} · ${stay.bedLabel}` : '—'}
      </Fact>
      <Fact label={t('accommodation.stay.nights')}>
        {formatDay(stay.since, i18n.language)} –{' '}
        {stay.checkOut ? formatDay(stay.checkOut, i18n.language) : '—'}
      </Fact>
      {stay.checkedInAt ? (
        <Fact label={t('accommodation.stay.checkedInAt')}>
          {formatDateTime(stay.checkedInAt, i18n.language)}
        </Fact>
      ) : null}
      {stay.checkedOutAt ? (
        <Fact label={t('accommodation.stay.checkedOutAt')}>
          {formatDateTime(stay.checkedOutAt, i18n.language)}
        </Fact>
      ) : null}
      {stay.cancelReason ? (
        <Fact label={t('accommodation.stay.cancelReason')}>{stay.cancelReason}</Fact>
      ) : null}
    </SimpleGrid>
  )
}

const StayPanel = ({ stay, facility, onClose }: { stay: Stay; facility: Facility; onClose: () => void }) => {
  const { t } = useTranslation()
  const [action, setAction] = useState<StayAction | null>(null)
  const back = () => setAction(null)
  const actions = actionsOf(stay)
  return (
    <Stack>
      <StayFacts stay={stay} />
      {action === null ? (
        <Group gap="xs" justify="flex-end">
          {actions.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('accommodation.stay.finished')}
            </Text>
          ) : null}
          {actions.map((name) => (
            <Button
              key={name}
              variant={name === 'cancel' ? 'light' : 'default'}
              color={name === 'cancel' ? 'red' : undefined}
              onClick={() => setAction(name)}
            >
              {t(`accommodation.stay.${name}`)}
            </Button>
          ))}
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      ) : null}
      {action === 'checkIn' ? <CheckInForm stay={stay} onDone={back} /> : null}
      {action === 'checkOut' ? <CheckOutForm stay={stay} onDone={back} /> : null}
      {action === 'change' ? <ChangeStayForm stay={stay} facility={facility} onDone={back} /> : null}
      {action === 'move' ? <MoveStayForm stay={stay} facility={facility} onDone={onClose} /> : null}
      {action === 'cancel' ? <CancelStayForm stay={stay} onDone={back} /> : null}
    </Stack>
  )
}

/** A stay opened from the board or the timeline: its facts and what can be done with it. */
export const StayDialog = ({
  stayId,
  facility,
  onClose,
}: {
  stayId: string | null
  facility: Facility
  onClose: () => void
}) => {
  const { t } = useTranslation()
  const phone = usePhone()
  return (
    <GuardedModal
      opened={stayId !== null}
      onClose={onClose}
      title={t('accommodation.stay.title')}
      size="lg"
      fullScreen={phone}
    >
      {stayId ? <StayQuery stayId={stayId} facility={facility} onClose={onClose} /> : null}
    </GuardedModal>
  )
}

const StayQuery = ({
  stayId,
  facility,
  onClose,
}: {
  stayId: string
  facility: Facility
  onClose: () => void
}) => {
  const stay = useStay(stayId)
  return (
    <SectionShell query={stay}>
      {(data) => <StayPanel stay={data} facility={facility} onClose={onClose} />}
    </SectionShell>
  )
}
