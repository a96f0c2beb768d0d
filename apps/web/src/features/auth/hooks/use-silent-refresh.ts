import { useEffect } from 'react'
import { refreshSession } from '../../../lib/api-client'
import { sessionStore, useSession } from '../../../lib/session-store'

/** Refresh this long before the access token runs out. */
const MARGIN_MS = 60_000
const MIN_DELAY_MS = 5_000

/**
 * Restores the session from the refresh cookie when the app starts, then renews the access token
 * shortly before it expires.
 */
export const useSilentRefresh = () => {
  const session = useSession()

  useEffect(() => {
    if (session.status !== 'loading') return
    // Without an answer we cannot know whether a session exists: show the sign-in page.
    refreshSession().catch(() => {
      if (sessionStore.get().status === 'loading') sessionStore.clear()
    })
  }, [session.status])

  const expiresAt = session.status === 'signed-in' ? session.expiresAt : undefined
  useEffect(() => {
    if (expiresAt === undefined) return
    const delay = Math.max(expiresAt - Date.now() - MARGIN_MS, MIN_DELAY_MS)
    const timer = setTimeout(() => void refreshSession().catch(() => undefined), delay)
    return () => clearTimeout(timer)
  }, [expiresAt])
}
