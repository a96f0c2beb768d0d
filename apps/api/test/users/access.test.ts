import { and, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog } from '../../src/db/schema/index.js'
import { useTestApp } from '../support/app.js'
import { createUser, findUser, signedInUser } from '../support/factories.js'
import { expectProblem } from '../support/problem.js'

const t = useTestApp()

const NON_ADMIN_ROLES = [
  'coordinator',
  'case_manager',
  'specialist',
  'intake',
  'accommodation_officer',
] as const

interface Call {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete'
  path: (id: string) => string
  body?: Record<string, unknown>
}

const CALLS: Call[] = [
  { method: 'get', path: () => '/api/v1/users' },
  {
    method: 'post',
    path: () => '/api/v1/users',
    body: { email: 'x@test.example', name: 'X', password: 'a-long-enough-passphrase', roles: ['admin'] },
  },
  { method: 'get', path: (id) => `/api/v1/users/${id}` },
  { method: 'patch', path: (id) => `/api/v1/users/${id}`, body: { roles: ['admin'] } },
  {
    method: 'put',
    path: (id) => `/api/v1/users/${id}/password`,
    body: { password: 'a-long-enough-passphrase' },
  },
  { method: 'delete', path: (id) => `/api/v1/users/${id}/sessions` },
  { method: 'delete', path: (id) => `/api/v1/users/${id}/mfa` },
]

const label = (call: Call) => `${call.method.toUpperCase()} ${call.path(':userId')}`

describe('/api/v1/users access', () => {
  describe.each(NON_ADMIN_ROLES)('as %s', (role) => {
    it.each(CALLS.map((call) => [label(call), call] as const))(
      '%s answers 403 and records access.denied',
      async (_label, call) => {
        const caller = await signedInUser(t, { roles: [role] })
        const target = await createUser(t.db, {
          roles: ['intake'],
          organisationId: caller.user.organisationId,
        })
        const request = t.http()[call.method](call.path(target.id)).set(caller.auth)
        const response = await (call.body ? request.send(call.body) : request)

        expectProblem(response, 403, '/problems/forbidden')
        expect(await findUser(t.db, target.id)).toMatchObject({ roles: ['intake'], active: true })
        const denied = await t.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.action, 'access.denied'), eq(auditLog.actorId, caller.user.id)))
        expect(denied).toHaveLength(1)
        expect(denied[0]).toMatchObject({
          outcome: 'denied',
          organisationId: caller.user.organisationId,
          requestId: response.headers['x-request-id'],
          details: { method: call.method.toUpperCase(), route: call.path(':userId') },
        })
      },
    )
  })

  it.each(CALLS.map((call) => [label(call), call] as const))(
    '%s answers 401 without a token',
    async (_label, call) => {
      const target = await createUser(t.db, { roles: ['intake'] })
      const request = t.http()[call.method](call.path(target.id))
      const response = await (call.body ? request.send(call.body) : request)
      expectProblem(response, 401, '/problems/unauthorized')
      expect(await findUser(t.db, target.id)).toMatchObject({ roles: ['intake'], active: true })
    },
  )

  it('lets a user with admin among other roles in', async () => {
    const caller = await signedInUser(t, { roles: ['intake', 'admin'] })
    expect((await t.http().get('/api/v1/users').set(caller.auth)).status).toBe(200)
  })
})
