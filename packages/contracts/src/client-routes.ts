import type { routes as definitions } from './index.js'
import type { RouteDefinition } from './route.js'

/**
 * What a client needs to call a route and to know who may: its method, path and access. The schemas stay with
 * the full definitions (`routes` of the package root, which the API serves and documents) and reach a client as
 * types only, through `definition`, so a browser does not download them with TypeBox to run them.
 */
export type RouteRef<R extends RouteDefinition = RouteDefinition> = Pick<R, 'method' | 'path' | 'access'> & {
  /** Never set: carries the full definition's type for `RouteBody`, `RouteResult` and the like. */
  readonly definition?: R
}

type Definitions = typeof definitions

/** Typed from the definitions, so a route missing here or a method, path or access unlike its own is a type error. */
export type ClientRoutes = { readonly [Name in keyof Definitions]: RouteRef<Definitions[Name]> }

export const routes: ClientRoutes = {
  health: { method: 'GET', path: '/api/health', access: 'public' },
  login: { method: 'POST', path: '/api/v1/auth/login', access: 'public' },
  refresh: { method: 'POST', path: '/api/v1/auth/refresh', access: 'public' },
  logout: { method: 'POST', path: '/api/v1/auth/logout', access: 'public' },
  me: { method: 'GET', path: '/api/v1/auth/me', access: 'authenticated' },
  changePassword: { method: 'PUT', path: '/api/v1/auth/password', access: 'authenticated' },
  startMfaSetup: { method: 'POST', path: '/api/v1/auth/mfa/setup', access: 'authenticated' },
  enableMfa: { method: 'POST', path: '/api/v1/auth/mfa/enable', access: 'authenticated' },
  disableMfa: { method: 'POST', path: '/api/v1/auth/mfa/disable', access: 'authenticated' },
  listUsers: { method: 'GET', path: '/api/v1/users', access: ['admin'] },
  createUser: { method: 'POST', path: '/api/v1/users', access: ['admin'] },
  getUser: { method: 'GET', path: '/api/v1/users/:userId', access: ['admin'] },
  updateUser: { method: 'PATCH', path: '/api/v1/users/:userId', access: ['admin'] },
  resetUserPassword: { method: 'PUT', path: '/api/v1/users/:userId/password', access: ['admin'] },
  endUserSessions: { method: 'DELETE', path: '/api/v1/users/:userId/sessions', access: ['admin'] },
  resetUserMfa: { method: 'DELETE', path: '/api/v1/users/:userId/mfa', access: ['admin'] },
  listOrganisations: { method: 'GET', path: '/api/v1/organisations', access: 'authenticated' },
  listPartnerships: { method: 'GET', path: '/api/v1/partnerships', access: 'authenticated' },
  getPartnership: { method: 'GET', path: '/api/v1/partnerships/:partnershipId', access: 'authenticated' },
  proposePartnership: { method: 'POST', path: '/api/v1/partnerships', access: ['admin'] },
  acceptPartnership: {
    method: 'POST',
    path: '/api/v1/partnerships/:partnershipId/accept',
    access: ['admin'],
  },
  endPartnership: { method: 'POST', path: '/api/v1/partnerships/:partnershipId/end', access: ['admin'] },
  listStaff: { method: 'GET', path: '/api/v1/staff', access: 'authenticated' },
  listAudit: { method: 'GET', path: '/api/v1/audit', access: ['admin'] },
  intakeFamily: {
    method: 'POST',
    path: '/api/v1/families',
    access: ['intake', 'case_manager', 'coordinator', 'admin'],
  },
  listFamilies: { method: 'GET', path: '/api/v1/families', access: 'authenticated' },
  getFamily: { method: 'GET', path: '/api/v1/families/:familyId', access: 'authenticated' },
  updateFamily: { method: 'PATCH', path: '/api/v1/families/:familyId', access: 'authenticated' },
  changeFamilyStatus: { method: 'POST', path: '/api/v1/families/:familyId/status', access: 'authenticated' },
  listMembers: { method: 'GET', path: '/api/v1/families/:familyId/members', access: 'authenticated' },
  addMember: { method: 'POST', path: '/api/v1/families/:familyId/members', access: 'authenticated' },
  getMember: { method: 'GET', path: '/api/v1/families/:familyId/members/:memberId', access: 'authenticated' },
  updateMember: {
    method: 'PATCH',
    path: '/api/v1/families/:familyId/members/:memberId',
    access: 'authenticated',
  },
  moveMember: {
    method: 'POST',
    path: '/api/v1/families/:familyId/members/:memberId/move',
    access: 'authenticated',
  },
  getCaseTeam: { method: 'GET', path: '/api/v1/families/:familyId/team', access: 'authenticated' },
  listOutsideReads: {
    method: 'GET',
    path: '/api/v1/families/:familyId/outside-reads',
    access: ['coordinator', 'admin'],
  },
  addTeamMember: {
    method: 'POST',
    path: '/api/v1/families/:familyId/team',
    access: ['case_manager', 'coordinator', 'admin'],
  },
  removeTeamMember: {
    method: 'DELETE',
    path: '/api/v1/families/:familyId/team/:userId',
    access: ['case_manager', 'coordinator', 'admin'],
  },
  assignCaseManager: {
    method: 'PUT',
    path: '/api/v1/families/:familyId/case-manager',
    access: ['intake', 'case_manager', 'coordinator', 'admin'],
  },
  breakGlass: {
    method: 'POST',
    path: '/api/v1/families/:familyId/break-glass',
    access: ['case_manager', 'specialist', 'intake', 'accommodation_officer', 'coordinator'],
  },
  listBreakGlass: { method: 'GET', path: '/api/v1/break-glass', access: ['coordinator', 'admin'] },
  reviewBreakGlass: {
    method: 'POST',
    path: '/api/v1/break-glass/:grantId/review',
    access: ['coordinator', 'admin'],
  },
  createNeedsAssessment: {
    method: 'POST',
    path: '/api/v1/families/:familyId/assessments',
    access: 'authenticated',
  },
  listNeedsAssessments: {
    method: 'GET',
    path: '/api/v1/families/:familyId/assessments',
    access: 'authenticated',
  },
  getCasePlan: { method: 'GET', path: '/api/v1/families/:familyId/plan', access: 'authenticated' },
  createGoal: { method: 'POST', path: '/api/v1/families/:familyId/plan/goals', access: 'authenticated' },
  updateGoal: {
    method: 'PATCH',
    path: '/api/v1/families/:familyId/plan/goals/:goalId',
    access: 'authenticated',
  },
  createReview: { method: 'POST', path: '/api/v1/families/:familyId/plan/reviews', access: 'authenticated' },
  getCaseAttention: { method: 'GET', path: '/api/v1/case-plans/attention', access: 'authenticated' },
  getFamilyTimeline: { method: 'GET', path: '/api/v1/families/:familyId/timeline', access: 'authenticated' },
  exportPerson: { method: 'GET', path: '/api/v1/persons/:personId/export', access: ['coordinator', 'admin'] },
  exportPersonWithContacts: { method: 'POST', path: '/api/v1/persons/:personId/export', access: ['admin'] },
  anonymiseFamilies: { method: 'POST', path: '/api/v1/families/anonymise', access: ['admin'] },
  listConfidentialDisclosures: {
    method: 'GET',
    path: '/api/v1/confidential-disclosures',
    access: ['coordinator', 'admin'],
  },
  reviewConfidentialDisclosure: {
    method: 'POST',
    path: '/api/v1/confidential-disclosures/:disclosureId/review',
    access: ['coordinator', 'admin'],
  },
  createConference: {
    method: 'POST',
    path: '/api/v1/families/:familyId/conferences',
    access: 'authenticated',
  },
  listConferences: { method: 'GET', path: '/api/v1/families/:familyId/conferences', access: 'authenticated' },
  getConference: {
    method: 'GET',
    path: '/api/v1/families/:familyId/conferences/:conferenceId',
    access: 'authenticated',
  },
  updateConference: {
    method: 'PATCH',
    path: '/api/v1/families/:familyId/conferences/:conferenceId',
    access: 'authenticated',
  },
  listUpcomingConferences: { method: 'GET', path: '/api/v1/conferences/upcoming', access: 'authenticated' },
  createCaseNote: { method: 'POST', path: '/api/v1/families/:familyId/notes', access: 'authenticated' },
  listCaseNotes: { method: 'GET', path: '/api/v1/families/:familyId/notes', access: 'authenticated' },
  getCaseNote: { method: 'GET', path: '/api/v1/families/:familyId/notes/:noteId', access: 'authenticated' },
  updateCaseNote: {
    method: 'PATCH',
    path: '/api/v1/families/:familyId/notes/:noteId',
    access: 'authenticated',
  },
  listCaseNoteVersions: {
    method: 'GET',
    path: '/api/v1/families/:familyId/notes/:noteId/versions',
    access: 'authenticated',
  },
  annotateCaseNote: {
    method: 'POST',
    path: '/api/v1/families/:familyId/notes/:noteId/annotations',
    access: 'authenticated',
  },
  recordConsent: {
    method: 'POST',
    path: '/api/v1/families/:familyId/members/:memberId/consents',
    access: 'authenticated',
  },
  listConsents: { method: 'GET', path: '/api/v1/families/:familyId/consents', access: 'authenticated' },
  listServices: { method: 'GET', path: '/api/v1/services', access: 'authenticated' },
  getService: { method: 'GET', path: '/api/v1/services/:serviceId', access: 'authenticated' },
  createService: { method: 'POST', path: '/api/v1/services', access: ['admin', 'coordinator'] },
  updateService: { method: 'PATCH', path: '/api/v1/services/:serviceId', access: ['admin', 'coordinator'] },
  listSites: { method: 'GET', path: '/api/v1/sites', access: 'authenticated' },
  getSite: { method: 'GET', path: '/api/v1/sites/:siteId', access: 'authenticated' },
  createSite: { method: 'POST', path: '/api/v1/sites', access: ['admin'] },
  updateSite: { method: 'PATCH', path: '/api/v1/sites/:siteId', access: ['admin'] },
  listRooms: { method: 'GET', path: '/api/v1/rooms', access: 'authenticated' },
  getRoom: { method: 'GET', path: '/api/v1/rooms/:roomId', access: 'authenticated' },
  createRoom: { method: 'POST', path: '/api/v1/rooms', access: ['admin'] },
  updateRoom: { method: 'PATCH', path: '/api/v1/rooms/:roomId', access: ['admin'] },
  getWorkingHours: { method: 'GET', path: '/api/v1/staff/:userId/working-hours', access: 'authenticated' },
  replaceWorkingHours: {
    method: 'PUT',
    path: '/api/v1/staff/:userId/working-hours',
    access: ['admin', 'coordinator'],
  },
  listAbsences: { method: 'GET', path: '/api/v1/staff/:userId/absences', access: 'authenticated' },
  createAbsence: { method: 'POST', path: '/api/v1/staff/:userId/absences', access: ['admin', 'coordinator'] },
  deleteAbsence: {
    method: 'DELETE',
    path: '/api/v1/staff/:userId/absences/:absenceId',
    access: ['admin', 'coordinator'],
  },
  createAppointment: {
    method: 'POST',
    path: '/api/v1/bookings',
    access: ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'],
  },
  listAppointments: {
    method: 'GET',
    path: '/api/v1/bookings',
    access: ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'],
  },
  getAppointment: {
    method: 'GET',
    path: '/api/v1/bookings/:appointmentId',
    access: ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'],
  },
  rescheduleAppointment: {
    method: 'PATCH',
    path: '/api/v1/bookings/:appointmentId',
    access: ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'],
  },
  cancelAppointment: {
    method: 'POST',
    path: '/api/v1/bookings/:appointmentId/cancel',
    access: ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'],
  },
  completeAppointment: {
    method: 'POST',
    path: '/api/v1/bookings/:appointmentId/complete',
    access: ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'],
  },
  markAppointmentNoShow: {
    method: 'POST',
    path: '/api/v1/bookings/:appointmentId/no-show',
    access: ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'],
  },
  listDeliveredServices: {
    method: 'GET',
    path: '/api/v1/delivered-services',
    access: ['case_manager', 'specialist', 'coordinator', 'admin'],
  },
  listServicePackages: {
    method: 'GET',
    path: '/api/v1/families/:familyId/service-packages',
    access: 'authenticated',
  },
  createServicePackage: {
    method: 'POST',
    path: '/api/v1/families/:familyId/service-packages',
    access: ['case_manager', 'coordinator', 'admin'],
  },
  updateServicePackage: {
    method: 'PATCH',
    path: '/api/v1/families/:familyId/service-packages/:packageId',
    access: ['case_manager', 'coordinator', 'admin'],
  },
  deleteServicePackage: {
    method: 'DELETE',
    path: '/api/v1/families/:familyId/service-packages/:packageId',
    access: ['case_manager', 'coordinator', 'admin'],
  },
  getAttendanceReport: {
    method: 'GET',
    path: '/api/v1/reports/attendance',
    access: ['coordinator', 'admin'],
  },
  getFamilyAttendance: {
    method: 'GET',
    path: '/api/v1/families/:familyId/attendance',
    access: 'authenticated',
  },
  findAvailability: {
    method: 'GET',
    path: '/api/v1/availability',
    access: ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'],
  },
  listCalendarEvents: {
    method: 'GET',
    path: '/api/v1/calendar',
    access: ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'],
  },
  getMyDay: { method: 'GET', path: '/api/v1/calendar/my-day', access: 'authenticated' },
  createCalendarFeed: { method: 'POST', path: '/api/v1/staff/me/calendar-feed', access: 'authenticated' },
  getCalendarFeed: { method: 'GET', path: '/api/v1/staff/me/calendar-feed', access: 'authenticated' },
  revokeCalendarFeed: { method: 'DELETE', path: '/api/v1/staff/me/calendar-feed', access: 'authenticated' },
  getCalendarFeedDocument: { method: 'GET', path: '/api/v1/calendar-feeds/:token.ics', access: 'public' },
  createGroupRun: { method: 'POST', path: '/api/v1/groups', access: ['coordinator', 'admin'] },
  listGroupRuns: {
    method: 'GET',
    path: '/api/v1/groups',
    access: ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'],
  },
  getGroupRun: {
    method: 'GET',
    path: '/api/v1/groups/:runId',
    access: ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'],
  },
  updateGroupRun: { method: 'PATCH', path: '/api/v1/groups/:runId', access: ['coordinator', 'admin'] },
  addGroupSession: {
    method: 'POST',
    path: '/api/v1/groups/:runId/sessions',
    access: ['coordinator', 'admin'],
  },
  cancelGroupSession: {
    method: 'POST',
    path: '/api/v1/groups/:runId/sessions/:sessionId/cancel',
    access: ['coordinator', 'admin'],
  },
  enrolInGroupRun: {
    method: 'POST',
    path: '/api/v1/groups/:runId/enrolments',
    access: ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'],
  },
  listEnrolments: {
    method: 'GET',
    path: '/api/v1/groups/:runId/enrolments',
    access: ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'],
  },
  withdrawEnrolment: {
    method: 'POST',
    path: '/api/v1/groups/:runId/enrolments/:enrolmentId/withdraw',
    access: ['intake', 'case_manager', 'specialist', 'coordinator', 'admin'],
  },
  getSessionAttendance: {
    method: 'GET',
    path: '/api/v1/groups/:runId/sessions/:sessionId/attendance',
    access: ['case_manager', 'specialist', 'coordinator', 'admin'],
  },
  recordSessionAttendance: {
    method: 'PUT',
    path: '/api/v1/groups/:runId/sessions/:sessionId/attendance',
    access: ['case_manager', 'specialist', 'coordinator', 'admin'],
  },
}
