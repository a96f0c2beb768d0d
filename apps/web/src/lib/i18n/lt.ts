import { accommodationLt } from './accommodation-lt'
import { auditLt } from './audit-lt'
import { bookingsLt } from './bookings-lt'
import { calendarLt } from './calendar-lt'
import { certificationsLt } from './certifications-lt'
import { familiesLt } from './families-lt'
import { groupsLt } from './groups-lt'
import { ltCore } from './lt-core'
import { methodologiesLt } from './methodologies-lt'
import { partnersLt } from './partners-lt'
import { partnershipsLt } from './partnerships-lt'
import { referralsLt } from './referrals-lt'
import { reportsLt } from './reports-lt'
import { servicePackagesLt } from './service-packages-lt'
import { servicesAdminLt } from './services-admin-lt'
import { trainingsLt } from './trainings-lt'

/**
 * Every Lithuanian text, the default language; `en.ts` must have the same keys (checked by its type). The app
 * loads the core with its first page and each area's texts with the pages that show them (`areas.ts`).
 */
export const lt = {
  ...ltCore,
  accommodation: accommodationLt,
  audit: auditLt,
  bookings: bookingsLt,
  calendar: calendarLt,
  certifications: certificationsLt,
  families: familiesLt,
  groups: groupsLt,
  methodologies: methodologiesLt,
  partnerships: partnershipsLt,
  partners: partnersLt,
  referrals: referralsLt,
  reports: reportsLt,
  servicePackages: servicePackagesLt,
  servicesAdmin: servicesAdminLt,
  trainings: trainingsLt,
}

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> }
export type Translations = DeepStrings<typeof lt>
