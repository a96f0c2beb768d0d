import { useForm } from '@mantine/form'
import type { IncomingReferral } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { FormShell } from '../../../components/ui/form-shell'
import { useAcceptReferral } from '../api/decide-referral'
import { CaseManagerSelect } from './case-manager-select'

/** Takes the referred persons in as a new family, with a case manager if one is picked. */
export const AcceptNewFamilyForm = ({
  referralId,
  onAccepted,
}: {
  referralId: string
  onAccepted: (accepted: IncomingReferral) => void
}) => {
  const { t } = useTranslation()
  const accept = useAcceptReferral(referralId)
  const form = useForm<{ caseManagerId: string | null }>({ initialValues: { caseManagerId: null } })
  return (
    <FormShell
      form={form}
      ariaLabel={t('referrals.accept.newFamilyForm')}
      submitLabel={t('referrals.accept.newFamily')}
      problemTitle={t('referrals.accept.refused')}
      submit={({ caseManagerId }) => accept.mutateAsync(caseManagerId ? { caseManagerId } : {})}
      successMessage={t('referrals.accept.done')}
      onSaved={(accepted) => accepted && onAccepted(accepted)}
    >
      <CaseManagerSelect
        value={form.values.caseManagerId}
        onChange={(caseManagerId) => form.setFieldValue('caseManagerId', caseManagerId)}
      />
    </FormShell>
  )
}
