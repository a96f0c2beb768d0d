import type { RouteBody } from '@onestop/contracts'
import { routes } from '@onestop/contracts/client'
import { useMutation } from '@tanstack/react-query'
import { apiCall } from '../../../lib/api-client'
import { sessionStore } from '../../../lib/session-store'

export type SignInInput = RouteBody<typeof routes.login>

export const signIn = async (body: SignInInput) => {
  const session = await apiCall(routes.login, { body })
  sessionStore.setSession(session)
  return session
}

export const useSignIn = () => useMutation({ mutationFn: signIn })
