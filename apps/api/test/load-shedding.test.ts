import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp } from './support/app.js'
import { expectProblem } from './support/problem.js'

describe('load shedding', () => {
  let t: Awaited<ReturnType<typeof startTestApp>>
  beforeAll(async () => {
    // A heap limit of one byte puts the server under pressure at its first sample.
    t = await startTestApp({
      loadShedding: {
        maxEventLoopDelayMs: 1_000,
        maxEventLoopUtilization: 0.99,
        sampleIntervalMs: 10,
        maxHeapUsedBytes: 1,
      },
    })
    // The first sample comes when the event loop gets to it, later on a busy machine: wait for it.
    while (!t.app.isUnderPressure()) await new Promise((resolve) => setTimeout(resolve, 10))
  })
  afterAll(async () => t.close())

  it('answers 503 problem+json with Retry-After at once instead of queueing', async () => {
    const response = await t.http().get('/api/v1/auth/me')
    expect(response.status).toBe(503)
    expect(response.headers['retry-after']).toBe('5')
    expect(response.headers['content-type']).toMatch(/problem\+json/)
    expect(response.body).toMatchObject({
      type: '/problems/overloaded',
      status: 503,
      requestId: expect.any(String),
    })
  })

  it('answers GET /api/health with the same problem, which its contract allows', async () => {
    const response = await t.http().get('/api/health')
    expectProblem(response, 503, '/problems/overloaded')
    expect(response.headers['retry-after']).toBe('5')
  })
})
