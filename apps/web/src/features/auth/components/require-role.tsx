import type { Role } from '@onestop/contracts'
import { Navigate, Outlet } from 'react-router'
import { useCurrentUser } from '../../../lib/session-store'

/** Renders the nested routes for users with the role; sends others home. */
export const RequireRole = ({ requires }: { requires: Role }) => {
  const user = useCurrentUser()
  return user.roles.includes(requires) ? <Outlet /> : <Navigate to="/" replace />
}
