import { useForm } from '@mantine/form'
import type { IncomingReferral } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { useAcceptReferral } from '../api/decide-referral'

/** Adds the referred persons to a family that may be theirs already. */
export const AcceptIntoFamilyForm = ({
  referralId,
  familyId,
  referenceCode,
  onAccepted,
}: {
  referralId: string
  familyId: string
  referenceCode: string
  onAccepted: (accepted: IncomingReferral) => void
}) => {
  const { t } = useTranslation()
  const accept = useAcceptReferral(referralId)
  const form = useForm({ initialValues: {} })
  return (
    <FormShell
      form={form}
      ariaLabel={t('referrals.accept.intoFamilyForm', { code: referenceCode })}
      submitLabel={t('referrals.accept.intoFamily')}
      problemTitle={t('referrals.accept.refused')}
      submit={() => accept.mutateAsync({ familyId })}
      successMessage={t('referrals.accept.done')}
      onSaved={(accepted) => accepted && onAccepted(accepted)}
    >
      {null}
    </FormShell>
  )
}
