import { Button } from '@mantine/core'
import type { Methodology } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ConfirmButton } from '../../../components/ui/confirm-button'
import { isApiError } from '../../../lib/api-error'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { methodologiesKeys } from '../../../reference/methodologies'
import { useUpdateMethodology } from '../api/save-methodology'

/**
 * Retires a methodology (it stays in the catalogue and its certifications stay, but it takes no new runs or
 * certifications), asking first; or brings a retired one back.
 */
export const MethodologyActiveButton = ({ methodology }: { methodology: Methodology }) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const update = useUpdateMethodology(methodology.id)
  const name = methodology.name
  const setActive = (active: boolean) =>
    update.mutateAsync(
      { version: methodology.version, body: { active } },
      {
        onSuccess: () =>
          notifySuccess(t(active ? 'methodologies.reactivated' : 'methodologies.retiredNotice', { name })),
        onError: (error) => {
          const stale = isApiError(error) && error.status === 412
          notifyError(error, t, stale ? t('methodologies.stale') : undefined)
          if (stale)
            void queryClient.invalidateQueries({ queryKey: methodologiesKeys.detail(methodology.id) })
        },
      },
    )
  if (!methodology.active)
    return (
      <Button
        variant="light"
        color="teal"
        loading={update.isPending}
        onClick={() => void setActive(true).catch(() => undefined)}
      >
        {t('methodologies.reactivate')}
      </Button>
    )
  return (
    <ConfirmButton
      label={t('methodologies.retire')}
      title={t('methodologies.retireTitle', { name })}
      message={t('methodologies.retireMessage')}
      confirmLabel={t('methodologies.retire')}
      keepLabel={t('methodologies.keepActive')}
      loading={update.isPending}
      onConfirm={() => setActive(false)}
    />
  )
}
