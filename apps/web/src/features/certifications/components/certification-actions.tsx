import { Button, Group } from '@mantine/core'
import type { Certification } from '@onestop/contracts'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GuardedDrawer } from '../../../components/ui/guarded-drawer'
import { GuardedModal } from '../../../components/ui/guarded-modal'
import { certificationsKeys } from '../../../reference/certification-keys'
import { CertificationForm } from './certification-form'
import { RevokeForm } from './revoke-form'

/** Correct or revoke a certification that still counts; a revoked one takes neither. */
export const CertificationActions = ({ certification }: { certification: Certification }) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState<'correct' | 'revoke' | null>(null)
  const close = () => setOpen(null)
  const reload = () => queryClient.invalidateQueries({ queryKey: certificationsKeys.all })
  if (certification.revokedAt) return null
  const named = { name: certification.staff.name, methodology: certification.methodology.name }
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-sm"
        variant="subtle"
        onClick={() => setOpen('correct')}
        aria-label={t('certifications.actions.correctNamed', named)}
      >
        {t('certifications.actions.correct')}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        onClick={() => setOpen('revoke')}
        aria-label={t('certifications.actions.revokeNamed', named)}
      >
        {t('certifications.actions.revoke')}
      </Button>
      <GuardedDrawer
        opened={open === 'correct'}
        onClose={close}
        position="right"
        size="lg"
        title={t('certifications.form.correctTitle')}
      >
        <CertificationForm certification={certification} onDone={close} onReload={reload} />
      </GuardedDrawer>
      <GuardedModal
        opened={open === 'revoke'}
        onClose={close}
        title={t('certifications.revoke.title', named)}
        centered
      >
        <RevokeForm certification={certification} onDone={close} onReload={reload} />
      </GuardedModal>
    </Group>
  )
}
