import { routes } from '@onestop/contracts/client'
import { Suspense } from 'react'
import { Outlet, Route, Routes, useLocation } from 'react-router'
import { LoadingBlock } from '../components/ui/loading-block'
import { RequireAccess } from '../features/auth/components/require-access'
import { RequireSession } from '../features/auth/components/require-session'
import { useSilentRefresh } from '../features/auth/hooks/use-silent-refresh'
import { SignInPage } from '../features/auth/pages/sign-in-page'
import { AppLayout } from './app-layout'
import { lazyNamed } from './lazy-named'

// Every page is a chunk of its own, fetched when first visited; the sign-in page and the frame around the pages
// are not. The sign-in page loads only what it needs, FullCalendar and the charts only with their pages.
const AccommodationPage = lazyNamed(
  () => import('../features/accommodation/pages/accommodation-page'),
  'AccommodationPage',
  ['accommodation'],
)
const AuditPage = lazyNamed(() => import('../features/audit/pages/audit-page'), 'AuditPage', ['audit'])
const AccountPage = lazyNamed(() => import('../features/auth/pages/account-page'), 'AccountPage', [])
const MfaEnrolmentPage = lazyNamed(
  () => import('../features/auth/pages/mfa-enrolment-page'),
  'MfaEnrolmentPage',
  [],
)
const CertificationsPage = lazyNamed(
  () => import('../features/certifications/pages/certifications-page'),
  'CertificationsPage',
  ['certifications'],
)
const CompetenceMatrixPage = lazyNamed(
  () => import('../features/certifications/pages/competence-matrix-page'),
  'CompetenceMatrixPage',
  ['certifications'],
)
const MyCertificationsPage = lazyNamed(
  () => import('../features/certifications/pages/my-certifications-page'),
  'MyCertificationsPage',
  ['certifications'],
)
const MyDayCard = lazyNamed(() => import('../features/calendar/components/my-day-card'), 'MyDayCard', [
  'calendar',
])
const CalendarPage = lazyNamed(() => import('../features/calendar/pages/calendar-page'), 'CalendarPage', [
  'calendar',
])
const AttentionCard = lazyNamed(
  () => import('../features/families/components/attention-card'),
  'AttentionCard',
  ['families'],
)
const CaseloadCard = lazyNamed(
  () => import('../features/families/components/caseload-card'),
  'CaseloadCard',
  ['families'],
)
const UpcomingConferencesCard = lazyNamed(
  () => import('../features/families/components/upcoming-conferences-card'),
  'UpcomingConferencesCard',
  ['families'],
)
const BreakGlassPage = lazyNamed(
  () => import('../features/families/pages/break-glass-page'),
  'BreakGlassPage',
  ['families'],
)
const FamiliesPage = lazyNamed(() => import('../features/families/pages/families-page'), 'FamiliesPage', [
  'families',
])
const FamilyPage = lazyNamed(() => import('../features/families/pages/family-page'), 'FamilyPage', [
  'families',
])
const IntakePage = lazyNamed(() => import('../features/families/pages/intake-page'), 'IntakePage', [
  'families',
])
const GroupRunPage = lazyNamed(() => import('../features/groups/pages/group-run-page'), 'GroupRunPage', [
  'groups',
])
const GroupsPage = lazyNamed(() => import('../features/groups/pages/groups-page'), 'GroupsPage', ['groups'])
const NewGroupPage = lazyNamed(() => import('../features/groups/pages/new-group-page'), 'NewGroupPage', [
  'groups',
])
const MethodologiesPage = lazyNamed(
  () => import('../features/methodologies/pages/methodologies-page'),
  'MethodologiesPage',
  ['methodologies'],
)
const MethodologyPage = lazyNamed(
  () => import('../features/methodologies/pages/methodology-page'),
  'MethodologyPage',
  ['methodologies'],
)
const NewMethodologyPage = lazyNamed(
  () => import('../features/methodologies/pages/new-methodology-page'),
  'NewMethodologyPage',
  ['methodologies'],
)
const HomePage = lazyNamed(() => import('../features/home/pages/home-page'), 'HomePage', [])
const PartnersPage = lazyNamed(() => import('../features/partners/pages/partners-page'), 'PartnersPage', [
  'partners',
])
const ReferralPage = lazyNamed(() => import('../features/referrals/pages/referral-page'), 'ReferralPage', [
  'referrals',
  'families',
])
const ReferralsPage = lazyNamed(() => import('../features/referrals/pages/referrals-page'), 'ReferralsPage', [
  'referrals',
  'families',
])
const PartnershipsPage = lazyNamed(
  () => import('../features/partnerships/pages/partnerships-page'),
  'PartnershipsPage',
  ['partnerships'],
)
const AttendanceReportPage = lazyNamed(
  () => import('../features/reports/pages/attendance-report-page'),
  'AttendanceReportPage',
  ['reports'],
)
const DeliveredServicesPage = lazyNamed(
  () => import('../features/reports/pages/delivered-services-page'),
  'DeliveredServicesPage',
  ['reports'],
)
const ServicesPage = lazyNamed(
  () => import('../features/services-admin/pages/services-page'),
  'ServicesPage',
  ['servicesAdmin'],
)
const SitesPage = lazyNamed(() => import('../features/services-admin/pages/sites-page'), 'SitesPage', [
  'servicesAdmin',
])
const StaffHoursPage = lazyNamed(
  () => import('../features/services-admin/pages/staff-hours-page'),
  'StaffHoursPage',
  ['servicesAdmin'],
)
const MyTrainingsPage = lazyNamed(
  () => import('../features/trainings/pages/my-trainings-page'),
  'MyTrainingsPage',
  ['trainings'],
)
const NewTrainingPage = lazyNamed(
  () => import('../features/trainings/pages/new-training-page'),
  'NewTrainingPage',
  ['trainings'],
)
const TrainingPage = lazyNamed(() => import('../features/trainings/pages/training-page'), 'TrainingPage', [
  'trainings',
])
const TrainingsPage = lazyNamed(() => import('../features/trainings/pages/trainings-page'), 'TrainingsPage', [
  'trainings',
])
const CreateUserPage = lazyNamed(
  () => import('../features/users/pages/create-user-page'),
  'CreateUserPage',
  [],
)
const EditUserPage = lazyNamed(() => import('../features/users/pages/edit-user-page'), 'EditUserPage', [])
const UsersPage = lazyNamed(() => import('../features/users/pages/users-page'), 'UsersPage', [])
const NotFoundPage = lazyNamed(() => import('./not-found-page'), 'NotFoundPage', [])
// What one area adds to another's page, composed here so areas never import each other; each loads with
// the page that shows it.
const FAMILY_AREAS = {
  Bookings: lazyNamed(
    () => import('../features/bookings/components/family-bookings-tab'),
    'FamilyBookingsTab',
    ['bookings', 'families'],
  ),
  ServicePackages: lazyNamed(
    () => import('../features/service-packages/components/service-packages-section'),
    'ServicePackagesSection',
    ['servicePackages'],
  ),
  Accommodation: lazyNamed(
    () => import('../features/accommodation/components/family-accommodation-fact'),
    'FamilyAccommodationFact',
    ['accommodation'],
  ),
  Referrals: lazyNamed(
    () => import('../features/referrals/components/family-referrals-tab'),
    'FamilyReferralsTab',
    ['referrals', 'families'],
  ),
}
const CALENDAR_AREAS = {
  BookingDialog: lazyNamed(() => import('../features/bookings/components/booking-dialog'), 'BookingDialog', [
    'bookings',
    'families',
  ]),
  AppointmentDetails: lazyNamed(
    () => import('../features/bookings/components/appointment-details'),
    'AppointmentDetails',
    ['bookings', 'families'],
  ),
  MoveConfirm: lazyNamed(() => import('../features/bookings/components/move-confirm'), 'MoveConfirm', [
    'bookings',
    'families',
  ]),
}
const CalendarFeedSection = lazyNamed(
  () => import('../features/calendar/components/calendar-feed-section'),
  'CalendarFeedSection',
  ['calendar'],
)

/**
 * Keeps the menu in place while a page's chunk loads. Navigation runs in a transition, which would leave the
 * previous page on screen and usable under the new address until the chunk arrives; a boundary of its own per
 * address shows the loader instead.
 */
const PageChunk = () => {
  const { pathname } = useLocation()
  return (
    <Suspense key={pathname} fallback={<LoadingBlock />}>
      <Outlet />
    </Suspense>
  )
}

export const AppRoutes = () => {
  useSilentRefresh()
  return (
    <Suspense fallback={<LoadingBlock fullPage />}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/mfa-setup" element={<MfaEnrolmentPage />} />
        <Route
          element={
            <RequireSession>
              <AppLayout />
            </RequireSession>
          }
        >
          <Route element={<PageChunk />}>
            <Route
              index
              element={
                <HomePage>
                  <MyDayCard />
                  <CaseloadCard />
                  <AttentionCard />
                  <UpcomingConferencesCard />
                </HomePage>
              }
            />
            <Route
              path="account"
              element={
                <AccountPage>
                  <CalendarFeedSection />
                </AccountPage>
              }
            />
            <Route path="users" element={<RequireAccess route={routes.listUsers} />}>
              <Route index element={<UsersPage />} />
              <Route path="new" element={<CreateUserPage />} />
              <Route path=":userId" element={<EditUserPage />} />
            </Route>
            <Route path="families">
              <Route index element={<FamiliesPage />} />
              <Route element={<RequireAccess route={routes.intakeFamily} />}>
                <Route path="new" element={<IntakePage />} />
              </Route>
              <Route path=":familyId" element={<FamilyPage areas={FAMILY_AREAS} />} />
            </Route>
            <Route path="referrals" element={<RequireAccess route={routes.listIncomingReferrals} />}>
              <Route index element={<ReferralsPage />} />
              <Route path=":referralId" element={<ReferralPage />} />
            </Route>
            <Route path="calendar" element={<RequireAccess route={routes.listCalendarEvents} />}>
              <Route index element={<CalendarPage areas={CALENDAR_AREAS} />} />
            </Route>
            <Route path="break-glass" element={<RequireAccess route={routes.listBreakGlass} />}>
              <Route index element={<BreakGlassPage />} />
            </Route>
            <Route path="groups" element={<RequireAccess route={routes.listGroupRuns} />}>
              <Route index element={<GroupsPage />} />
              <Route element={<RequireAccess route={routes.createGroupRun} />}>
                <Route path="new" element={<NewGroupPage />} />
              </Route>
              <Route path=":runId" element={<GroupRunPage />} />
            </Route>
            <Route path="methodologies">
              <Route index element={<MethodologiesPage />} />
              <Route element={<RequireAccess route={routes.createMethodology} />}>
                <Route path="new" element={<NewMethodologyPage />} />
              </Route>
              <Route path=":methodologyId" element={<MethodologyPage />} />
            </Route>
            <Route path="certifications" element={<RequireAccess route={routes.listCertifications} />}>
              <Route index element={<CertificationsPage />} />
            </Route>
            <Route path="competence-matrix" element={<RequireAccess route={routes.getCompetenceMatrix} />}>
              <Route index element={<CompetenceMatrixPage />} />
            </Route>
            <Route path="my-certifications" element={<MyCertificationsPage />} />
            <Route path="trainings">
              <Route element={<RequireAccess route={routes.listTrainings} />}>
                <Route index element={<TrainingsPage />} />
              </Route>
              <Route element={<RequireAccess route={routes.createTraining} />}>
                <Route path="new" element={<NewTrainingPage />} />
              </Route>
              <Route path=":trainingId" element={<TrainingPage />} />
            </Route>
            <Route path="my-trainings" element={<MyTrainingsPage />} />
            <Route path="reports/attendance" element={<RequireAccess route={routes.getAttendanceReport} />}>
              <Route index element={<AttendanceReportPage />} />
            </Route>
            <Route path="reports/delivered" element={<RequireAccess route={routes.listDeliveredServices} />}>
              <Route index element={<DeliveredServicesPage />} />
            </Route>
            <Route path="services" element={<ServicesPage />} />
            <Route path="sites" element={<RequireAccess route={routes.createSite} />}>
              <Route index element={<SitesPage />} />
            </Route>
            <Route path="staff/:userId/hours" element={<StaffHoursPage />} />
            <Route path="accommodation" element={<RequireAccess route={routes.getOccupancy} />}>
              <Route index element={<AccommodationPage />} />
            </Route>
            <Route path="partnerships" element={<RequireAccess route={routes.listPartnerships} />}>
              <Route index element={<PartnershipsPage />} />
            </Route>
            <Route path="partners" element={<RequireAccess route={routes.listPartnerMunicipalities} />}>
              <Route index element={<PartnersPage />} />
            </Route>
            <Route path="audit" element={<RequireAccess route={routes.listAudit} />}>
              <Route index element={<AuditPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  )
}
