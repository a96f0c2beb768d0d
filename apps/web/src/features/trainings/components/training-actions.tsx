import { Button, Group } from '@mantine/core'
import type { Training } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmButton } from '../../../components/ui/confirm-button'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { ReasonForm } from '../../../components/ui/reason-form'
import { may } from '../../../lib/access'
import { isApiError } from '../../../lib/api-error'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useCurrentUser } from '../../../lib/session-store'
import { trainingsKeys } from '../api/keys'
import { useCancelTraining, useUpdateTraining } from '../api/training-changes'
import { TrainingEditForm } from './training-edit-form'

/**
 * For those who manage trainings: change the title or places, mark a planned training completed, or cancel
 * it with the reason, each with the version read. A cancelled training takes none.
 */
export const TrainingActions = ({ training }: { training: Training }) => {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const queryClient = useQueryClient()
  const update = useUpdateTraining(training.id)
  const cancel = useCancelTraining(training.id)
  const [open, setOpen] = useState<'edit' | 'cancel' | null>(null)
  const close = () => setOpen(null)
  const reload = () => queryClient.invalidateQueries({ queryKey: trainingsKeys.training(training.id) })
  if (training.status === 'cancelled') return null
  const planned = training.status === 'planned'
  const canChange = may(user, routes.updateTraining)
  const canCancel = planned && may(user, routes.cancelTraining)
  if (!canChange && !canCancel) return null

  const markCompleted = () =>
    update.mutateAsync(
      { version: training.version, body: { status: 'completed' } },
      {
        onSuccess: () => notifySuccess(t('trainings.actions.completed')),
        onError: (error) => {
          const stale = isApiError(error) && error.status === 412
          notifyError(error, t, stale ? t('trainings.actions.stale') : undefined)
          if (stale) void reload()
        },
      },
    )

  return (
    <Group gap="xs" mb="md">
      {canChange ? (
        <Button variant="default" onClick={() => setOpen('edit')}>
          {t('trainings.actions.edit')}
        </Button>
      ) : null}
      {canChange && planned ? (
        <ConfirmButton
          label={t('trainings.actions.complete')}
          title={t('trainings.actions.complete')}
          message={t('trainings.actions.completeMessage')}
          confirmLabel={t('trainings.actions.complete')}
          keepLabel={t('trainings.actions.keepPlanned')}
          color="indigo"
          loading={update.isPending}
          onConfirm={markCompleted}
        />
      ) : null}
      {canCancel ? (
        <Button variant="light" color="red" onClick={() => setOpen('cancel')}>
          {t('trainings.actions.cancel')}
        </Button>
      ) : null}
      <GuardedModal opened={open === 'edit'} onClose={close} title={t('trainings.actions.edit')} centered>
        <TrainingEditForm training={training} onDone={close} onReload={reload} />
      </GuardedModal>
      <GuardedModal
        opened={open === 'cancel'}
        onClose={close}
        title={t('trainings.actions.cancelTitle', { title: training.title })}
        centered
      >
        <ReasonForm
          label={t('trainings.actions.reason')}
          description={t('trainings.actions.cancelHint')}
          submitLabel={t('trainings.actions.cancel')}
          keepLabel={t('trainings.actions.keep')}
          submit={(reason) => cancel.mutateAsync({ version: training.version, reason })}
          successMessage={t('trainings.actions.cancelled')}
          problemTitle={t('trainings.actions.cancelRefused')}
          onSaved={close}
          onCancel={close}
          onReload={reload}
        />
      </GuardedModal>
    </Group>
  )
}
