import { expect } from 'vitest'

/** The parts of a supertest or inject response an error assertion needs. */
export interface AnyResponse {
  status: number
  headers: Record<string, unknown>
  body: unknown
}

export interface ProblemBody {
  type: string
  title: string
  status: number
  detail: string
  requestId: string
  errors?: { pointer: string; message: string }[]
}

/** Asserts an RFC 9457 answer of the given status and type and returns its body. */
export function expectProblem(response: AnyResponse, status: number, type: string): ProblemBody {
  expect(response.status, JSON.stringify(response.body)).toBe(status)
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/)
  const body = response.body as ProblemBody
  expect(body).toMatchObject({ type, status })
  expect(body.title).toEqual(expect.any(String))
  expect(body.title.length).toBeGreaterThan(0)
  expect(body.detail).toEqual(expect.any(String))
  expect(body.detail.length).toBeGreaterThan(0)
  expect(body.requestId).toEqual(expect.any(String))
  expect(body.requestId).toBe(response.headers['x-request-id'])
  return body
}

/** A 400 validation problem whose `errors` point at exactly the given JSON pointers (in any order). */
export function expectValidationProblem(response: AnyResponse, pointers: string[]): ProblemBody {
  const body = expectProblem(response, 400, '/problems/validation')
  expect(body.errors).toBeDefined()
  expect([...new Set(body.errors?.map((e) => e.pointer))].sort()).toEqual([...pointers].sort())
  for (const error of body.errors ?? []) expect(error.message.length).toBeGreaterThan(0)
  return body
}

/** Adapts a light-my-request (app.inject) response. */
export const fromInject = (r: {
  statusCode: number
  headers: Record<string, unknown>
  body: string
}): AnyResponse => ({
  status: r.statusCode,
  headers: r.headers,
  body: r.body ? JSON.parse(r.body) : undefined,
})
