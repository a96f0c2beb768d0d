import { routes } from '@onestop/contracts'
import { Route, Routes } from 'react-router'
import { AuditPage } from '../features/audit/pages/audit-page'
import { RequireAccess } from '../features/auth/components/require-access'
import { RequireSession } from '../features/auth/components/require-session'
import { useSilentRefresh } from '../features/auth/hooks/use-silent-refresh'
import { AccountPage } from '../features/auth/pages/account-page'
import { MfaEnrolmentPage } from '../features/auth/pages/mfa-enrolment-page'
import { SignInPage } from '../features/auth/pages/sign-in-page'
import { AppointmentDetails } from '../features/bookings/components/appointment-details'
import { BookingDialog } from '../features/bookings/components/booking-dialog'
import { FamilyBookingsTab } from '../features/bookings/components/family-bookings-tab'
import { MoveConfirm } from '../features/bookings/components/move-confirm'
import { CalendarFeedSection } from '../features/calendar/components/calendar-feed-section'
import { MyDayCard } from '../features/calendar/components/my-day-card'
import { type CalendarAreas, CalendarPage } from '../features/calendar/pages/calendar-page'
import { AttentionCard } from '../features/families/components/attention-card'
import { CaseloadCard } from '../features/families/components/caseload-card'
import { UpcomingConferencesCard } from '../features/families/components/upcoming-conferences-card'
import { BreakGlassPage } from '../features/families/pages/break-glass-page'
import { FamiliesPage } from '../features/families/pages/families-page'
import { type FamilyAreas, FamilyPage } from '../features/families/pages/family-page'
import { IntakePage } from '../features/families/pages/intake-page'
import { GroupRunPage } from '../features/groups/pages/group-run-page'
import { GroupsPage } from '../features/groups/pages/groups-page'
import { NewGroupPage } from '../features/groups/pages/new-group-page'
import { HomePage } from '../features/home/pages/home-page'
import { PartnershipsPage } from '../features/partnerships/pages/partnerships-page'
import { AttendanceReportPage } from '../features/reports/pages/attendance-report-page'
import { DeliveredServicesPage } from '../features/reports/pages/delivered-services-page'
import { ServicePackagesSection } from '../features/service-packages/components/service-packages-section'
import { ServicesPage } from '../features/services-admin/pages/services-page'
import { SitesPage } from '../features/services-admin/pages/sites-page'
import { StaffHoursPage } from '../features/services-admin/pages/staff-hours-page'
import { CreateUserPage } from '../features/users/pages/create-user-page'
import { EditUserPage } from '../features/users/pages/edit-user-page'
import { UsersPage } from '../features/users/pages/users-page'
import { AppLayout } from './app-layout'
import { NotFoundPage } from './not-found-page'

const CALENDAR_AREAS: CalendarAreas = { BookingDialog, AppointmentDetails, MoveConfirm }
const FAMILY_AREAS: FamilyAreas = { Bookings: FamilyBookingsTab, ServicePackages: ServicePackagesSection }

export const AppRoutes = () => {
  useSilentRefresh()
  return (
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
        <Route path="partnerships" element={<RequireAccess route={routes.listPartnerships} />}>
          <Route index element={<PartnershipsPage />} />
        </Route>
        <Route path="audit" element={<RequireAccess route={routes.listAudit} />}>
          <Route index element={<AuditPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
