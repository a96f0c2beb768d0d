import { Route, Routes } from 'react-router'
import { AuditPage } from '../features/audit/pages/audit-page'
import { RequireRole } from '../features/auth/components/require-role'
import { RequireSession } from '../features/auth/components/require-session'
import { useSilentRefresh } from '../features/auth/hooks/use-silent-refresh'
import { AccountPage } from '../features/auth/pages/account-page'
import { MfaEnrolmentPage } from '../features/auth/pages/mfa-enrolment-page'
import { SignInPage } from '../features/auth/pages/sign-in-page'
import { BOOKING_ROLES } from '../features/bookings/components/booking-roles'
import { MyDayCard } from '../features/calendar/components/my-day-card'
import { CalendarPage } from '../features/calendar/pages/calendar-page'
import { AttentionCard } from '../features/families/components/attention-card'
import { CaseloadCard } from '../features/families/components/caseload-card'
import { INTAKE_ROLES, OVERSEER_ROLES } from '../features/families/components/roles'
import { UpcomingConferencesCard } from '../features/families/components/upcoming-conferences-card'
import { BreakGlassPage } from '../features/families/pages/break-glass-page'
import { FamiliesPage } from '../features/families/pages/families-page'
import { FamilyPage } from '../features/families/pages/family-page'
import { IntakePage } from '../features/families/pages/intake-page'
import { GROUP_STAFF_ROLES, ORGANISER_ROLES } from '../features/groups/components/roles'
import { GroupRunPage } from '../features/groups/pages/group-run-page'
import { GroupsPage } from '../features/groups/pages/groups-page'
import { NewGroupPage } from '../features/groups/pages/new-group-page'
import { HomePage } from '../features/home/pages/home-page'
import { PARTNERSHIP_READER_ROLES } from '../features/partnerships/components/roles'
import { PartnershipsPage } from '../features/partnerships/pages/partnerships-page'
import { AttendanceReportPage } from '../features/reports/pages/attendance-report-page'
import { DeliveredServicesPage } from '../features/reports/pages/delivered-services-page'
import { ServicesPage } from '../features/services-admin/pages/services-page'
import { SitesPage } from '../features/services-admin/pages/sites-page'
import { StaffHoursPage } from '../features/services-admin/pages/staff-hours-page'
import { CreateUserPage } from '../features/users/pages/create-user-page'
import { EditUserPage } from '../features/users/pages/edit-user-page'
import { UsersPage } from '../features/users/pages/users-page'
import { AppLayout } from './app-layout'
import { NotFoundPage } from './not-found-page'

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
        <Route path="account" element={<AccountPage />} />
        <Route path="users" element={<RequireRole requires="admin" />}>
          <Route index element={<UsersPage />} />
          <Route path="new" element={<CreateUserPage />} />
          <Route path=":userId" element={<EditUserPage />} />
        </Route>
        <Route path="families">
          <Route index element={<FamiliesPage />} />
          <Route element={<RequireRole requires={INTAKE_ROLES} />}>
            <Route path="new" element={<IntakePage />} />
          </Route>
          <Route path=":familyId" element={<FamilyPage />} />
        </Route>
        <Route path="calendar" element={<RequireRole requires={BOOKING_ROLES} />}>
          <Route index element={<CalendarPage />} />
        </Route>
        <Route path="break-glass" element={<RequireRole requires={OVERSEER_ROLES} />}>
          <Route index element={<BreakGlassPage />} />
        </Route>
        <Route path="groups" element={<RequireRole requires={GROUP_STAFF_ROLES} />}>
          <Route index element={<GroupsPage />} />
          <Route element={<RequireRole requires={ORGANISER_ROLES} />}>
            <Route path="new" element={<NewGroupPage />} />
          </Route>
          <Route path=":runId" element={<GroupRunPage />} />
        </Route>
        <Route path="reports/attendance" element={<RequireRole requires={ORGANISER_ROLES} />}>
          <Route index element={<AttendanceReportPage />} />
        </Route>
        <Route path="reports/delivered" element={<RequireRole requires={ORGANISER_ROLES} />}>
          <Route index element={<DeliveredServicesPage />} />
        </Route>
        <Route path="services" element={<ServicesPage />} />
        <Route path="sites" element={<RequireRole requires="admin" />}>
          <Route index element={<SitesPage />} />
        </Route>
        <Route path="staff/:userId/hours" element={<StaffHoursPage />} />
        <Route path="partnerships" element={<RequireRole requires={PARTNERSHIP_READER_ROLES} />}>
          <Route index element={<PartnershipsPage />} />
        </Route>
        <Route path="audit" element={<RequireRole requires="admin" />}>
          <Route index element={<AuditPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
