import { useTranslation } from 'react-i18next'
import { ReasonForm } from '../../../components/ui/reason-form'
import { applyFormErrors } from '../../../lib/form-errors'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useCancelGroupSession } from '../api/cancel-group-session'

/** Cancels a scheduled session, with the reason, and frees its time. */
export const CancelSessionForm = ({
  runId,
  sessionId,
  onDone,
}: {
  runId: string
  sessionId: string
  onDone: () => void
}) => {
  const { t } = useTranslation()
  const cancel = useCancelGroupSession(runId)
  return (
    <ReasonForm
      label={t('groups.sessions.reason')}
      submitLabel={t('groups.sessions.cancelSession')}
      keepLabel={t('groups.sessions.keepSession')}
      pending={cancel.isPending}
      onCancel={onDone}
      onSubmit={(reason, form) =>
        cancel.mutate(
          { sessionId, reason },
          {
            onSuccess: () => {
              notifySuccess(t('groups.sessions.cancelled'))
              onDone()
            },
            onError: (error) => {
              if (!applyFormErrors(form, error)) notifyError(error, t)
            },
          },
        )
      }
    />
  )
}
