import type { Role } from '@onestop/contracts'
import { Navigate, Outlet } from 'react-router'
import { useCurrentUser } from '../../../lib/session-store'

/** Renders the nested routes for users with the role (or any of the roles); sends others home. */
export const RequireRole = ({ requires }: { requires: Role | readonly Role[] }) => {
  const user = useCurrentUser()
  const wanted: readonly Role[] = typeof requires === 'string' ? [requires] : requires
  return user.roles.some((role) => wanted.includes(role)) ? <Outlet /> : <Navigate to="/" replace />
}
