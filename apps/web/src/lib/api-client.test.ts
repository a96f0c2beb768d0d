import { routes } from '@onestop/contracts/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { adminUser, sessionFor } from '../test/fixtures'
import { jsonResponse, problemResponse } from '../test/render'
import { ApiError, apiCall } from './api-client'
import { sessionStore } from './session-store'

const initOf = (call: readonly unknown[] | undefined): RequestInit => (call?.[1] ?? {}) as RequestInit
const authOf = (call: readonly unknown[] | undefined) =>
  (initOf(call).headers as Record<string, string> | undefined)?.Authorization

describe('apiCall', () => {
  beforeEach(() => sessionStore.setSession(sessionFor('old-token')))
  afterEach(() => sessionStore.reset())

  it('fills path parameters and the query string, and sends the bearer token', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => jsonResponse({ items: [], nextCursor: null }))
    vi.stubGlobal('fetch', fetchMock)

    await apiCall(routes.listUsers, { query: { q: 'petr', active: false, role: undefined } })
    await apiCall(routes.getUser, { params: { userId: 'a/b' } }).catch(() => undefined)

    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/users?q=petr&active=false')
    expect(fetchMock.mock.calls[1]?.[0]).toBe('/api/v1/users/a%2Fb')
    expect(authOf(fetchMock.mock.calls[0])).toBe('Bearer old-token')
    expect(initOf(fetchMock.mock.calls[0]).credentials).toBe('include')
  })

  it('turns application/problem+json into an ApiError with its field errors', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        problemResponse(400, '/problems/validation', {
          errors: [{ pointer: '/email', message: 'must match format "email"' }],
        }),
      ),
    )

    const error = await apiCall(routes.createUser, {
      body: { email: 'x', name: 'X', password: 'long-enough-pass', roles: ['intake'] },
    }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 400,
      type: '/problems/validation',
      detail: 'detail of /problems/validation',
      requestId: 'req-1',
      fieldErrors: [{ pointer: '/email', message: 'must match format "email"' }],
    })
  })

  it('refreshes once after a 401 and retries the call once with the new token', async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (url === routes.refresh.path) return jsonResponse(sessionFor('new-token'))
      const auth = authOf([url, init])
      return auth === 'Bearer new-token'
        ? jsonResponse(adminUser)
        : problemResponse(401, '/problems/unauthorized')
    })
    vi.stubGlobal('fetch', fetchMock)

    const [a, b] = await Promise.all([apiCall(routes.me), apiCall(routes.me)])

    expect(a.name).toBe(adminUser.name)
    expect(b.name).toBe(adminUser.name)
    const urls = fetchMock.mock.calls.map((call) => call[0])
    expect(urls.filter((url) => url === routes.refresh.path)).toHaveLength(1)
    expect(urls.filter((url) => url === routes.me.path)).toHaveLength(4)
    expect(sessionStore.accessToken()).toBe('new-token')
  })

  it('signs out and reports the 401 when the refresh fails too', async () => {
    const fetchMock = vi.fn(async () => problemResponse(401, '/problems/unauthorized'))
    vi.stubGlobal('fetch', fetchMock)

    const error = await apiCall(routes.me).catch((e: unknown) => e)

    expect(error).toMatchObject({ status: 401 })
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(sessionStore.get().status).toBe('signed-out')
  })

  it('never refreshes after a failed sign-in', async () => {
    const fetchMock = vi.fn(async () => problemResponse(401, '/problems/mfa-required'))
    vi.stubGlobal('fetch', fetchMock)

    const error = await apiCall(routes.login, { body: { email: 'a@b.lt', password: 'x' } }).catch(
      (e: unknown) => e,
    )

    expect(error).toMatchObject({ status: 401, type: '/problems/mfa-required' })
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('reports an unreachable server as a network ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch')
      }),
    )
    await expect(apiCall(routes.me)).rejects.toMatchObject({ status: 0, type: '/problems/network' })
  })
})
