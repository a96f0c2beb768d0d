import type { CalendarQuery } from '../../../reference/calendar-keys'

export const SCOPE_KINDS = ['specialist', 'room', 'site'] as const
export type ScopeKind = (typeof SCOPE_KINDS)[number]

/** Whose calendar is shown; `id` is null until a room or site is chosen. */
export interface CalendarScope {
  kind: ScopeKind
  id: string | null
}

/** The scope in the address (`?specialist=…`, `?room=…` or `?site=…`), the signed-in user by default. */
export const scopeFromParams = (params: URLSearchParams, me: string): CalendarScope => {
  for (const kind of SCOPE_KINDS) {
    if (params.has(kind)) return { kind, id: params.get(kind) || null }
  }
  return { kind: 'specialist', id: me }
}

export const scopeQuery = (
  scope: CalendarScope,
  period: { from: string; to: string } | null,
  includeCancelled: boolean,
): CalendarQuery | null => {
  if (!scope.id || !period) return null
  const id = {
    specialist: { specialistId: scope.id },
    room: { roomId: scope.id },
    site: { siteId: scope.id },
  }[scope.kind]
  return { from: period.from, to: period.to, ...id, ...(includeCancelled ? { includeCancelled: true } : {}) }
}
