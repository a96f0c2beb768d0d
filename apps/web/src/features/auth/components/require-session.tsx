import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { LoadingBlock } from '../../../components/ui/loading-block'
import { useSession } from '../../../lib/session-store'

/** Renders its children for a fully signed-in user; sends others to sign in or to enrol in two-factor. */
export const RequireSession = ({ children }: { children: ReactNode }) => {
  const session = useSession()
  const location = useLocation()
  if (session.status === 'loading') return <LoadingBlock fullPage />
  if (session.status === 'signed-out')
    return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />
  if (session.mfaSetupRequired) return <Navigate to="/mfa-setup" replace />
  return children
}
