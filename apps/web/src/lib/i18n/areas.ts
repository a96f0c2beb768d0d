import type { Translations } from './lt'
import type { ltCore } from './lt-core'

/** A part of the app whose texts load with the pages that show them rather than with the app. */
export type TextArea = Exclude<keyof Translations, keyof typeof ltCore>

/** Where each area's Lithuanian texts come from; each becomes a small chunk of its own. */
export const LITHUANIAN_AREA_TEXTS: { [A in TextArea]: () => Promise<Translations[A]> } = {
  accommodation: async () => (await import('./accommodation-lt')).accommodationLt,
  audit: async () => (await import('./audit-lt')).auditLt,
  bookings: async () => (await import('./bookings-lt')).bookingsLt,
  calendar: async () => (await import('./calendar-lt')).calendarLt,
  certifications: async () => (await import('./certifications-lt')).certificationsLt,
  families: async () => (await import('./families-lt')).familiesLt,
  groups: async () => (await import('./groups-lt')).groupsLt,
  methodologies: async () => (await import('./methodologies-lt')).methodologiesLt,
  partnerships: async () => (await import('./partnerships-lt')).partnershipsLt,
  partners: async () => (await import('./partners-lt')).partnersLt,
  referrals: async () => (await import('./referrals-lt')).referralsLt,
  reports: async () => (await import('./reports-lt')).reportsLt,
  servicePackages: async () => (await import('./service-packages-lt')).servicePackagesLt,
  servicesAdmin: async () => (await import('./services-admin-lt')).servicesAdminLt,
  trainings: async () => (await import('./trainings-lt')).trainingsLt,
}
