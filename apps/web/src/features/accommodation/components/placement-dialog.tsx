import type { Facility } from '@onestop/contracts'
import { useTranslation } from 'react-i18next'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { usePhone } from '../../../lib/use-phone'
import { PlacementForm, type PlacementPreset } from './placement-form'

/** Places a family in beds of the facility; opened from a free bed or the page's "Place a family". */
export const PlacementDialog = ({
  facility,
  preset,
  onClose,
}: {
  facility: Facility
  preset: PlacementPreset | null
  onClose: () => void
}) => {
  const { t } = useTranslation()
  const phone = usePhone()
  return (
    <GuardedModal
      opened={preset !== null}
      onClose={onClose}
      title={t('accommodation.place.title', { facility: facility.name })}
      size="lg"
      fullScreen={phone}
    >
      {preset ? <PlacementForm facility={facility} preset={preset} onDone={onClose} /> : null}
    </GuardedModal>
  )
}
