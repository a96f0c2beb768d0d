import type { ApiClient } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { ConfirmButton } from '../../../components/ui/confirm-button'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { useRevokeApiClient } from '../api/revoke-api-client'

/** Revokes a client after saying that it takes effect at once and cannot be undone. */
export const RevokeButton = ({ partnerId, client }: { partnerId: string; client: ApiClient }) => {
  const { t } = useTranslation()
  const revoke = useRevokeApiClient(partnerId)
  const name = client.name
  return (
    <ConfirmButton
      size="xs"
      label={t('partners.revoke')}
      ariaLabel={t('partners.revokeAria', { name })}
      title={t('partners.revokeTitle', { name })}
      message={t('partners.revokeMessage')}
      confirmLabel={t('partners.revokeConfirm')}
      keepLabel={t('partners.revokeKeep')}
      loading={revoke.isPending}
      onConfirm={() =>
        revoke.mutateAsync(client.id, {
          onSuccess: () => notifySuccess(t('partners.revoked', { name })),
          onError: (error) => notifyError(error, t),
        })
      }
    />
  )
}
