import type { RouteDefinition } from '@onestop/contracts'
import { Navigate, Outlet } from 'react-router'
import { may } from '../../../lib/access'
import { useCurrentUser } from '../../../lib/session-store'

/** Renders the nested routes for users the API lets call `route`; sends others home. */
export const RequireAccess = ({ route }: { route: Pick<RouteDefinition, 'access'> }) => {
  const user = useCurrentUser()
  return may(user, route) ? <Outlet /> : <Navigate to="/" replace />
}
