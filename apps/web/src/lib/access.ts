import type { Role, RouteDefinition } from '@onestop/contracts'

interface Staff {
  roles: readonly Role[]
}

/**
 * Whether the API lets this user call the route at all, read from the route's own `access` in the contracts,
 * so the client offers a page or an action only to those the API will serve. Rules about one record (whose
 * case it is) stay with the API and the feature that mirrors them.
 */
export const may = (user: Staff, route: Pick<RouteDefinition, 'access'>): boolean => {
  const { access } = route
  if (access === 'public' || access === 'authenticated') return true
  // Partner routes are for API clients' tokens, never a staff member's.
  if ('partnerScope' in access) return false
  return user.roles.some((role) => access.includes(role))
}
