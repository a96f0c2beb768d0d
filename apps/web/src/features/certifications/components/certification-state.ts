import { type Certification, EXPIRING_WITHIN_DAYS } from '@onestop/contracts'
import { addDays } from '@onestop/contracts/client'

export type CertificationState = 'valid' | 'expiring' | 'expired' | 'revoked' | 'upcoming'

/** Where a certification stands on `today` (Vilnius), as the competence matrix judges it. */
export const certificationState = (
  certification: Pick<Certification, 'revokedAt' | 'certifiedOn' | 'validUntil'>,
  today: string,
): CertificationState => {
  if (certification.revokedAt) return 'revoked'
  if (certification.validUntil < today) return 'expired'
  if (certification.certifiedOn > today) return 'upcoming'
  return certification.validUntil <= addDays(today, EXPIRING_WITHIN_DAYS) ? 'expiring' : 'valid'
}

export const STATE_COLOURS: Record<CertificationState, string> = {
  valid: 'teal',
  expiring: 'orange',
  expired: 'red',
  revoked: 'gray',
  upcoming: 'blue',
}
