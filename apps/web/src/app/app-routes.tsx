import { Route, Routes } from 'react-router'
import { AuditPage } from '../features/audit/pages/audit-page'
import { RequireRole } from '../features/auth/components/require-role'
import { RequireSession } from '../features/auth/components/require-session'
import { useSilentRefresh } from '../features/auth/hooks/use-silent-refresh'
import { AccountPage } from '../features/auth/pages/account-page'
import { MfaEnrolmentPage } from '../features/auth/pages/mfa-enrolment-page'
import { SignInPage } from '../features/auth/pages/sign-in-page'
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
        <Route index element={<HomePage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="users" element={<RequireRole requires="admin" />}>
          <Route index element={<UsersPage />} />
          <Route path="new" element={<CreateUserPage />} />
          <Route path=":userId" element={<EditUserPage />} />
        </Route>
        <Route path="audit" element={<RequireRole requires="admin" />}>
          <Route index element={<AuditPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
