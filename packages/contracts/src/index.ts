import { facilityRoutes } from './accommodation/facilities.js'
import { occupancyRoutes } from './accommodation/occupancy.js'
import { placeableFamilyRoutes } from './accommodation/placeable-families.js'
import { stayRoutes } from './accommodation/stays.js'
import { waitingListRoutes } from './accommodation/waiting-list.js'
import { auditRoutes } from './audit.js'
import { authRoutes } from './auth.js'
import { familiesRoutes } from './families/index.js'
import { healthRoutes } from './health.js'
import { certificationRoutes } from './methodologies/certifications.js'
import { competenceMatrixRoutes } from './methodologies/competence-matrix.js'
import { methodologyRoutes } from './methodologies/methodologies.js'
import { organisationsRoutes } from './organisations.js'
import { apiClientRoutes } from './partners/api-clients.js'
import { incomingReferralRoutes } from './partners/incoming-referrals.js'
import { referralRoutes } from './partners/referrals.js'
import { tokenRoutes } from './partners/token.js'
import { webhookRoutes } from './partners/webhooks.js'
import { partnershipRoutes } from './partnerships.js'
import type { RouteDefinition } from './route.js'
import { attendanceRoutes } from './services/attendance.js'
import { availabilityRoutes } from './services/availability.js'
import { bookingRoutes } from './services/bookings.js'
import { calendarRoutes } from './services/calendar.js'
import { catalogueRoutes } from './services/catalogue.js'
import { deliveryRoutes } from './services/delivery.js'
import { groupRoutes } from './services/groups.js'
import { hoursRoutes } from './services/hours.js'
import { outcomeRoutes } from './services/outcomes.js'
import { servicePackageRoutes } from './services/service-packages.js'
import { sitesRoutes } from './services/sites.js'
import { staffDirectoryRoutes } from './staff-directory.js'
import { statisticsRoutes } from './statistics/index.js'
import { trainingHoursRoutes } from './trainings/hours.js'
import { trainingParticipantRoutes } from './trainings/participants.js'
import { trainingRoutes } from './trainings/trainings.js'
import { usersRoutes } from './users.js'

export * from './accommodation/index.js'
export * from './api-tags.js'
export * from './audit.js'
export * from './auth.js'
export * from './common.js'
export * from './dates.js'
export * from './families/index.js'
export * from './field-errors.js'
export * from './health.js'
export * from './methodologies/index.js'
export * from './organisations.js'
export * from './partners/index.js'
export * from './partnerships.js'
export * from './password.js'
export * from './problems.js'
export * from './route.js'
export * from './route-url.js'
export * from './services/index.js'
export * from './staff.js'
export * from './staff-directory.js'
export * from './statistics/index.js'
export * from './trainings/index.js'
export * from './users.js'

export const routes = {
  ...healthRoutes,
  ...authRoutes,
  ...tokenRoutes,
  ...usersRoutes,
  ...organisationsRoutes,
  ...partnershipRoutes,
  ...apiClientRoutes,
  ...referralRoutes,
  ...incomingReferralRoutes,
  ...webhookRoutes,
  ...staffDirectoryRoutes,
  ...auditRoutes,
  ...familiesRoutes,
  ...catalogueRoutes,
  ...sitesRoutes,
  ...hoursRoutes,
  ...bookingRoutes,
  ...deliveryRoutes,
  ...servicePackageRoutes,
  ...attendanceRoutes,
  ...availabilityRoutes,
  ...calendarRoutes,
  ...groupRoutes,
  ...facilityRoutes,
  ...stayRoutes,
  ...waitingListRoutes,
  ...placeableFamilyRoutes,
  ...occupancyRoutes,
  ...methodologyRoutes,
  ...certificationRoutes,
  ...competenceMatrixRoutes,
  ...trainingRoutes,
  ...trainingHoursRoutes,
  ...trainingParticipantRoutes,
  ...outcomeRoutes,
  ...statisticsRoutes,
} as const

export const allRoutes: readonly RouteDefinition[] = Object.values(routes)
