import { familiesKeys } from '../../families/api/keys'

export const servicePackagesKeys = {
  /** Under the family's key, so whatever refreshes the family refreshes its packages too. */
  list: (familyId: string) => [...familiesKeys.detail(familyId), 'service-packages'] as const,
}
