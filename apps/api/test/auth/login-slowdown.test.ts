import { randomUUID } from 'node:crypto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useTestApp } from '../support/app.js'
import { createUser, TEST_PASSWORD } from '../support/factories.js'
import { expectProblem } from '../support/problem.js'

// Records the delays the login service asks for, so the slow-down is checked without measuring time.
const delays = vi.hoisted(() => [] as number[])
vi.mock('node:timers/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:timers/promises')>()
  return {
    ...actual,
    setTimeout: (ms?: number, value?: unknown) => {
      delays.push(ms ?? 0)
      return actual.setTimeout(ms, value)
    },
  }
})

// A high lockout threshold lets the delay reach its cap before the account locks.
const t = useTestApp({ auth: { failureDelayMs: 7, lockoutThreshold: 100 } })
const LOGIN = '/api/v1/auth/login'

beforeEach(() => {
  delays.length = 0
})

describe('POST /api/v1/auth/login slow-down', () => {
  it('slows each failure in a row more, up to five times the step', async () => {
    const user = await createUser(t.db)
    for (let i = 0; i < 7; i++) {
      const response = await t
        .http()
        .post(LOGIN)
        .send({ email: user.email, password: `wrong-password-${i}` })
      expectProblem(response, 401, '/problems/invalid-credentials')
    }
    expect(delays).toEqual([7, 14, 21, 28, 35, 35, 35])
  })

  it('does not slow a successful sign-in', async () => {
    const user = await createUser(t.db)
    expect((await t.http().post(LOGIN).send({ email: user.email, password: TEST_PASSWORD })).status).toBe(200)
    expect(delays).toEqual([])
  })

  // The delay must not tell which e-mail addresses have accounts.
  it('slows an unknown e-mail address exactly like a wrong password', async () => {
    const user = await createUser(t.db)
    await t.http().post(LOGIN).send({ email: user.email, password: 'wrong-password-1' })
    const known = [...delays]
    delays.length = 0
    await t
      .http()
      .post(LOGIN)
      .send({ email: `nobody-${randomUUID()}@test.example`, password: 'wrong-password-1' })
    expect(known).toEqual([7])
    expect(delays).toEqual(known)
  })
})
