import { vi } from 'vitest'

/** A request the client made, as a test looks at it. */
export interface FetchCall {
  method: string
  path: string
  search: string
  body: unknown
  headers: Record<string, string>
}

/** Stubs `fetch` with `answer` and records every call, in order. */
export const fakeFetch = (answer: (call: FetchCall) => Response | Promise<Response>): FetchCall[] => {
  const calls: FetchCall[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), 'http://localhost')
      const call: FetchCall = {
        method: init?.method ?? 'GET',
        path: url.pathname,
        search: url.search,
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
        headers: (init?.headers ?? {}) as Record<string, string>,
      }
      calls.push(call)
      return answer(call)
    }),
  )
  return calls
}

export const notFound = () => new Response('not found', { status: 404 })
