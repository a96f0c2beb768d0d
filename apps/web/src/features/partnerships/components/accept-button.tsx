import { useTranslation } from 'react-i18next'
import { ConfirmButton } from '../../../components/ui/confirm-button'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useAcceptPartnership } from '../api/accept-partnership'

/** Accepts a proposal addressed to the caller's organisation, after asking. */
export const AcceptButton = ({
  partnershipId,
  organisationName,
}: {
  partnershipId: string
  organisationName: string
}) => {
  const { t } = useTranslation()
  const accept = useAcceptPartnership()
  return (
    <ConfirmButton
      size="xs"
      color="teal"
      label={t('partnerships.accept')}
      ariaLabel={t('partnerships.acceptAria', { name: organisationName })}
      title={t('partnerships.acceptTitle')}
      message={t('partnerships.acceptMessage', { name: organisationName })}
      confirmLabel={t('partnerships.acceptConfirm')}
      keepLabel={t('partnerships.acceptKeep')}
      loading={accept.isPending}
      onConfirm={() =>
        accept.mutateAsync(partnershipId, {
          onSuccess: () => notifySuccess(t('partnerships.accepted', { name: organisationName })),
          onError: (error) => notifyError(error, t),
        })
      }
    />
  )
}
