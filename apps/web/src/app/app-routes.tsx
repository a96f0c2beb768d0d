import { Route, Routes } from 'react-router'
import { AuditPage } from '../features/audit/pages/audit-page'
import { RequireRole } from '../features/auth/components/require-role'
import { RequireSession } from '../features/auth/components/require-session'
import { useSilentRefresh } from '../features/auth/hooks/use-silent-refresh'
import { AccountPage } from '../features/auth/pages/account-page'
import { MfaEnrolmentPage } from '../features/auth/pages/mfa-enrolment-page'
import { SignInPage } from '../features/auth/pages/sign-in-page'
import { AttentionCard } from '../features/families/components/attention-card'
import { CaseloadCard } from '../features/families/components/caseload-card'
import { INTAKE_ROLES, OVERSEER_ROLES } from '../features/families/components/roles'
import { UpcomingConferencesCard } from '../features/families/components/upcoming-conferences-card'
import { BreakGlassPage } from '../features/families/pages/break-glass-page'
import { FamiliesPage } from '../features/families/pages/families-page'
import { FamilyPage } from '../features/families/pages/family-page'
import { IntakePage } from '../features/families/pages/intake-page'
import { HomePage } from '../features/home/pages/home-page'
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
        <Route path="break-glass" element={<RequireRole requires={OVERSEER_ROLES} />}>
          <Route index element={<BreakGlassPage />} />
        </Route>
        <Route path="audit" element={<RequireRole requires="admin" />}>
          <Route index element={<AuditPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
