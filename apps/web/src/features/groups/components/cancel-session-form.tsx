import { useTranslation } from 'react-i18next'
import { ReasonForm } from '../../../components/ui/reason-form'
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
      onCancel={onDone}
      submit={(reason) => cancel.mutateAsync({ sessionId, reason })}
      successMessage={t('groups.sessions.cancelled')}
      onSaved={onDone}
    />
  )
}
