import { Button } from '@mantine/core'
import type { TrainingParticipant } from '@onestop/contracts'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { ReasonForm } from '../../../components/ui/reason-form'
import { useWithdrawParticipant } from '../api/participant-changes'

/** Withdraws an enrolled participant, freeing their place, once the reason is given and the action confirmed. */
export const WithdrawParticipant = ({
  trainingId,
  participant,
}: {
  trainingId: string
  participant: TrainingParticipant
}) => {
  const { t } = useTranslation()
  const withdraw = useWithdrawParticipant(trainingId)
  const [opened, setOpened] = useState(false)
  const close = () => setOpened(false)
  const named = { name: participant.name }
  return (
    <>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        aria-label={t('trainings.withdraw.named', named)}
        onClick={() => setOpened(true)}
      >
        {t('trainings.withdraw.label')}
      </Button>
      <GuardedModal opened={opened} onClose={close} title={t('trainings.withdraw.title', named)} centered>
        <ReasonForm
          label={t('trainings.withdraw.reason')}
          submitLabel={t('trainings.withdraw.confirm')}
          keepLabel={t('trainings.withdraw.keep')}
          submit={(reason) => withdraw.mutateAsync({ participantId: participant.id, reason })}
          successMessage={t('trainings.withdraw.done', named)}
          problemTitle={t('trainings.withdraw.refused')}
          onSaved={close}
          onCancel={close}
        />
      </GuardedModal>
    </>
  )
}
