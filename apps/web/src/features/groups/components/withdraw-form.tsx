import type { Enrolment } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { ReasonForm } from '../../../components/ui/reason-form'
import { useWithdrawEnrolment } from '../api/withdraw-enrolment'

/** Withdraws an enrolment with the reason; `onDone` hears who took the freed place, if anyone. */
export const WithdrawForm = ({
  runId,
  enrolment,
  onDone,
  onCancel,
}: {
  runId: string
  enrolment: Enrolment
  onDone: (result: { withdrawn: Enrolment; promoted: Enrolment[] }) => void
  onCancel: () => void
}) => {
  const { t } = useTranslation()
  const withdraw = useWithdrawEnrolment(runId)
  return (
    <ReasonForm
      label={t('groups.enrolments.reason')}
      submitLabel={t('groups.enrolments.withdrawConfirm')}
      keepLabel={t('groups.enrolments.keepEnrolled')}
      onCancel={onCancel}
      submit={(reason) => withdraw.mutateAsync({ enrolmentId: enrolment.id, reason })}
      onSaved={(result) => result && onDone(result)}
    />
  )
}
