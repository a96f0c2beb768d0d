import type { Certification } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { ReasonForm } from '../../../components/ui/reason-form'
import { useRevokeCertification } from '../api/save-certification'

/** Revokes a certification read at its version: it then counts for nothing, from its first day. */
export const RevokeForm = ({
  certification,
  onDone,
  onReload,
}: {
  certification: Certification
  onDone: () => void
  onReload: () => Promise<unknown>
}) => {
  const { t } = useTranslation()
  const revoke = useRevokeCertification(certification.id)
  return (
    <ReasonForm
      label={t('certifications.revoke.reason')}
      description={t('certifications.revoke.hint')}
      submitLabel={t('certifications.revoke.confirm')}
      keepLabel={t('certifications.revoke.keep')}
      submit={(reason) => revoke.mutateAsync({ version: certification.version, reason })}
      successMessage={t('certifications.revoke.done', {
        name: certification.staff.name,
        methodology: certification.methodology.name,
      })}
      onSaved={onDone}
      onCancel={onDone}
      onReload={onReload}
      problemTitle={t('certifications.revoke.refused')}
    />
  )
}
