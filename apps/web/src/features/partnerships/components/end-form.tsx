import type { Partnership } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { ReasonForm } from '../../../components/ui/reason-form'
import { useEndPartnership } from '../api/end-partnership'

/** The API's rule: at least 10 characters of text. */
const MIN_REASON = 10

export const EndForm = ({
  partnership,
  organisationName,
  onDone,
}: {
  partnership: Partnership
  organisationName: string
  onDone: () => void
}) => {
  const { t } = useTranslation()
  const end = useEndPartnership()
  return (
    <ReasonForm
      label={t('partnerships.reason')}
      description={t('partnerships.endHint')}
      submitLabel={t('partnerships.endConfirm')}
      keepLabel={t('partnerships.endKeep')}
      minLength={MIN_REASON}
      onCancel={onDone}
      submit={(reason) => end.mutateAsync({ partnershipId: partnership.id, reason })}
      successMessage={t('partnerships.ended', { name: organisationName })}
      onSaved={onDone}
    />
  )
}
