import { Select } from '@mantine/core'
import { type Certification, SUPERVISING_LEVELS } from '@onestop/contracts'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useCertifications } from '../api/list-certifications'

/**
 * A trainee's supervisor: only staff certified as supervisor or trainer in the methodology on `day`, the
 * API's rule, so the list offers no one it would refuse.
 */
export const SupervisorSelect = ({
  methodologyId,
  day,
  traineeId,
  value,
  onChange,
  error,
}: {
  methodologyId: string | null
  day: string | null
  traineeId: string | null
  value: string | null
  onChange: (supervisorId: string | null) => void
  error?: ReactNode
}) => {
  const { t } = useTranslation()
  const certifications = useCertifications({ methodologyId: methodologyId ?? '' }, methodologyId !== null)
  const supervisors = new Map<string, Certification['staff']>()
  for (const certification of certifications.data?.items ?? []) {
    const supervising = (SUPERVISING_LEVELS as readonly string[]).includes(certification.level)
    const onDay = day !== null && certification.certifiedOn <= day && day <= certification.validUntil
    if (supervising && onDay && !certification.revokedAt && certification.staff.id !== traineeId)
      supervisors.set(certification.staff.id, certification.staff)
  }
  return (
    <Select
      label={t('certifications.fields.supervisor')}
      description={t('certifications.form.supervisorHint')}
      withAsterisk
      searchable
      data={[...supervisors.values()].map((staff) => ({ value: staff.id, label: staff.name }))}
      nothingFoundMessage={
        certifications.isFetching ? t('common.loading') : t('certifications.form.noSupervisors')
      }
      value={value}
      onChange={onChange}
      error={error}
    />
  )
}
