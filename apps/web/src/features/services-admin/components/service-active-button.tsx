import { Button } from '@mantine/core'
import type { Service } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../../lib/api-error'
import { notifyError, notifySuccess } from '../../../lib/notify'
import { servicesKeys } from '../../../reference/services'
import { useUpdateService } from '../api/save-service'

/** Retires a service (it stays in the catalogue, no longer booked) or brings it back. */
export const ServiceActiveButton = ({ service, name }: { service: Service; name: string }) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const update = useUpdateService()
  const active = !service.active
  const toggle = () =>
    update.mutate(
      { serviceId: service.id, version: service.version, body: { active } },
      {
        onSuccess: () =>
          notifySuccess(
            t(active ? 'servicesAdmin.service.activated' : 'servicesAdmin.service.deactivated', { name }),
          ),
        onError: (error) => {
          const stale = isApiError(error) && error.status === 412
          notifyError(error, t, stale ? t('servicesAdmin.service.stale') : undefined)
          if (stale) void queryClient.invalidateQueries({ queryKey: servicesKeys.all })
        },
      },
    )
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      color={service.active ? 'red' : 'teal'}
      loading={update.isPending}
      onClick={toggle}
      aria-label={t(
        service.active ? 'servicesAdmin.service.deactivateNamed' : 'servicesAdmin.service.activateNamed',
        {
          name,
        },
      )}
    >
      {t(service.active ? 'servicesAdmin.service.deactivate' : 'servicesAdmin.service.activate')}
    </Button>
  )
}
