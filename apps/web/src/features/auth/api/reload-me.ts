import { routes } from '@onestop/contracts/client'
import { apiCall } from '../../../lib/api-client'
import { sessionStore } from '../../../lib/session-store'

/** Fetches the signed-in user again, after a change to their own account. */
export const reloadMe = async () => {
  const user = await apiCall(routes.me)
  sessionStore.setUser(user)
  return user
}
