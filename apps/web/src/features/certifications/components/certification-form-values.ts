import type { Certification, CertificationLevel } from '@onestop/contracts'
import type { TFunction } from 'i18next'
import type { CreateCertificationInput, UpdateCertificationInput } from '../api/save-certification'

export interface CertificationFormValues {
  userId: string | null
  methodologyId: string | null
  level: CertificationLevel
  certifiedOn: string | null
  /** Empty: the methodology's validity decides (the API's default). */
  validUntil: string | null
  evidence: string
  supervisorId: string | null
}

export const emptyCertificationForm: CertificationFormValues = {
  userId: null,
  methodologyId: null,
  level: 'accredited',
  certifiedOn: null,
  validUntil: null,
  evidence: '',
  supervisorId: null,
}

export const certificationFormOf = (certification: Certification): CertificationFormValues => ({
  userId: certification.staff.id,
  methodologyId: certification.methodology.id,
  level: certification.level,
  certifiedOn: certification.certifiedOn,
  validUntil: certification.validUntil,
  evidence: certification.evidence ?? '',
  supervisorId: certification.supervisor?.id ?? null,
})

/** The API's rules on the fields, said before sending. */
export const validateCertificationForm = (values: CertificationFormValues, t: TFunction) => {
  const errors: Record<string, string> = {}
  if (!values.userId) errors.userId = t('validation.required')
  if (!values.methodologyId) errors.methodologyId = t('validation.required')
  if (!values.certifiedOn) errors.certifiedOn = t('validation.required')
  else if (values.validUntil && values.validUntil < values.certifiedOn)
    errors.validUntil = t('certifications.form.endsBeforeStart')
  if (values.level === 'trainee' && !values.supervisorId)
    errors.supervisorId = t('certifications.form.supervisorRequired')
  return errors
}

export const toCreateBody = (values: CertificationFormValues): CreateCertificationInput => ({
  userId: values.userId ?? '',
  methodologyId: values.methodologyId ?? '',
  level: values.level,
  certifiedOn: values.certifiedOn ?? '',
  ...(values.validUntil ? { validUntil: values.validUntil } : {}),
  ...(values.evidence.trim() ? { evidence: values.evidence.trim() } : {}),
  ...(values.level === 'trainee' && values.supervisorId ? { supervisorId: values.supervisorId } : {}),
})

/** Only what changed; empty when nothing did. */
export const toUpdateBody = (
  values: CertificationFormValues,
  certification: Certification,
): UpdateCertificationInput => {
  const body: UpdateCertificationInput = {}
  const evidence = values.evidence.trim() || null
  if (values.certifiedOn && values.certifiedOn !== certification.certifiedOn)
    body.certifiedOn = values.certifiedOn
  if (values.validUntil && values.validUntil !== certification.validUntil) body.validUntil = values.validUntil
  if (evidence !== certification.evidence) body.evidence = evidence
  if (values.supervisorId && values.supervisorId !== certification.supervisor?.id)
    body.supervisorId = values.supervisorId
  return body
}
