import type { Session, User } from '@onestop/contracts'
import { useSyncExternalStore } from 'react'
import type { Static } from 'typebox'

export type CurrentUser = Static<typeof User>
export type SessionData = Static<typeof Session>

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | {
      status: 'signed-in'
      accessToken: string
      /** Epoch milliseconds when the access token runs out. */
      expiresAt: number
      mfaSetupRequired: boolean
      user: CurrentUser
    }

let state: SessionState = { status: 'loading' }
const listeners = new Set<() => void>()

const emit = () => {
  for (const listener of listeners) listener()
}

/** The session lives in memory only: a reload restores it through the refresh cookie. */
export const sessionStore = {
  get: (): SessionState => state,
  subscribe: (listener: () => void) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
  accessToken: (): string | undefined => (state.status === 'signed-in' ? state.accessToken : undefined),
  setSession: (session: SessionData) => {
    state = {
      status: 'signed-in',
      accessToken: session.accessToken,
      expiresAt: Date.now() + session.expiresIn * 1000,
      mfaSetupRequired: session.mfaSetupRequired,
      user: session.user,
    }
    emit()
  },
  setUser: (user: CurrentUser) => {
    if (state.status !== 'signed-in') return
    state = { ...state, user }
    emit()
  },
  clear: () => {
    state = { status: 'signed-out' }
    emit()
  },
  /** For tests. */
  reset: () => {
    state = { status: 'loading' }
    emit()
  },
}

export const useSession = (): SessionState =>
  useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get)

/** The signed-in user; only for components rendered behind the sign-in guard. */
export const useCurrentUser = (): CurrentUser => {
  const session = useSession()
  if (session.status !== 'signed-in') throw new Error('useCurrentUser needs a signed-in session')
  return session.user
}
