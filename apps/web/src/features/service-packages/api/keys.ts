import { familiesKeys } from '../../../reference/family-keys'

export const servicePackagesKeys = {
  /** Under the family's key, so whatever refreshes the family refreshes its packages too. */
  list: (familyId: string) => [...familiesKeys.detail(familyId), 'service-packages'] as const,
  /** The family's attendance beside its packages, refreshed with the family too. */
  attendance: (familyId: string) => [...familiesKeys.detail(familyId), 'attendance'] as const,
}
