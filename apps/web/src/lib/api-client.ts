import type {
  DefinitionOf,
  RouteBody,
  RouteDefinition,
  RouteParams,
  RouteQuery,
  RouteResult,
} from '@onestop/contracts'
import { type RouteRef, routes, routeUrl } from '@onestop/contracts/client'
import type { TSchema } from 'typebox'
import { ApiError } from './api-error'
import { type SessionData, sessionStore } from './session-store'

export { ApiError, isApiError } from './api-error'

type ParamsOption<R extends RouteDefinition> = R['params'] extends TSchema
  ? { params: RouteParams<R> }
  : { params?: undefined }
type QueryOption<R extends RouteDefinition> = R['querystring'] extends TSchema
  ? { query?: RouteQuery<R> }
  : { query?: undefined }
type BodyOption<R extends RouteDefinition> = R['body'] extends TSchema
  ? { body: RouteBody<R> }
  : { body?: undefined }

export type CallOptions<R extends RouteDefinition> = ParamsOption<R> &
  QueryOption<R> &
  BodyOption<R> & { signal?: AbortSignal; headers?: Record<string, string> }

type CallArgs<R extends RouteDefinition> =
  // biome-ignore lint/complexity/noBannedTypes: an empty object is exactly "no required option"
  {} extends CallOptions<R> ? [options?: CallOptions<R>] : [options: CallOptions<R>]

/** Routes whose 401 means "wrong credentials", not "token expired": never retried after a refresh. */
const NO_RETRY = new Set<string>([routes.login.path, routes.refresh.path, routes.logout.path])

const toSearch = (query: object | undefined): string => {
  if (!query) return ''
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    search.set(key, String(value))
  }
  const result = search.toString()
  return result ? `?${result}` : ''
}

const readBody = async (response: Response): Promise<unknown> => {
  if (response.status === 204) return null
  const text = await response.text()
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

interface RawRequest {
  method: string
  url: string
  body?: unknown
  signal?: AbortSignal | undefined
  token?: string | undefined
  headers?: Record<string, string> | undefined
}

const send = async (request: RawRequest): Promise<Response> => {
  const headers: Record<string, string> = {
    ...request.headers,
    Accept: 'application/json, application/problem+json',
  }
  if (request.body !== undefined) headers['Content-Type'] = 'application/json'
  if (request.token) headers.Authorization = `Bearer ${request.token}`
  try {
    return await fetch(request.url, {
      method: request.method,
      headers,
      credentials: 'include',
      body: request.body === undefined ? null : JSON.stringify(request.body),
      signal: request.signal ?? null,
    })
  } catch (cause) {
    if (request.signal?.aborted) throw cause
    throw ApiError.network(cause)
  }
}

let refreshing: Promise<SessionData | null> | null = null

/**
 * Exchanges the refresh cookie for a new session, once at a time: the refresh token rotates,
 * so two concurrent refreshes would present the same token twice and end the session.
 * Resolves null (and signs out) when the cookie is missing or no longer valid.
 */
export const refreshSession = (): Promise<SessionData | null> => {
  refreshing ??= (async () => {
    try {
      const response = await send({ method: routes.refresh.method, url: routes.refresh.path })
      const body = await readBody(response)
      if (response.ok) {
        const session = body as SessionData
        sessionStore.setSession(session)
        return session
      }
      if (response.status === 401) {
        sessionStore.clear()
        return null
      }
      throw ApiError.fromProblem(response.status, body)
    } finally {
      refreshing = null
    }
  })()
  return refreshing
}

/** Calls one route of the contracts; resolves with its success body, rejects with an ApiError. */
export async function apiCall<Ref extends RouteRef>(
  route: Ref,
  ...[options]: CallArgs<DefinitionOf<Ref>>
): Promise<RouteResult<Ref>> {
  const opts: Partial<{
    params: object
    query: object
    body: unknown
    signal: AbortSignal
    headers: Record<string, string>
  }> = options ?? {}
  const url = routeUrl(route.path, (opts.params ?? {}) as Record<string, string>) + toSearch(opts.query)
  const request: RawRequest = {
    method: route.method,
    url,
    body: opts.body,
    signal: opts.signal,
    headers: opts.headers,
  }

  const token = sessionStore.accessToken()
  let response = await send({ ...request, token })
  if (response.status === 401 && !NO_RETRY.has(route.path)) {
    // Another call may have refreshed already; only refresh when the token is still the one that failed.
    const current = sessionStore.accessToken()
    const fresh = current && current !== token ? current : (await refreshSession())?.accessToken
    if (fresh) response = await send({ ...request, token: fresh })
  }

  const body = await readBody(response)
  if (!response.ok) throw ApiError.fromProblem(response.status, body)
  return body as RouteResult<Ref>
}
