import { randomUUID } from 'node:crypto'
import {
  allRoutes,
  isPartnerAccess,
  PARTNER_SCOPES,
  type PartnerScope,
  ROLES,
  type Role,
  type RouteDefinition,
} from '@onestop/contracts'
import type supertest from 'supertest'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../support/app.js'
import { createOrganisation, signedInUser } from '../support/factories.js'
import { partnerClient } from '../support/partner-factories.js'
import { badQueryValuesFor, badValuesFor, type JsonSchema } from './bad-inputs.js'
import { loadOperations, type OpenApiDocument, type Operation } from './operations.js'

/**
 * The generic contract suite: it walks the OpenAPI document and attacks every operation, so every route
 * added later is checked for authentication, roles and bad input without writing a test for it.
 */
const t = useTestApp()

let document: OpenApiDocument
let operations: Operation[] = []
let resolve: (schema: JsonSchema) => JsonSchema
/** Who calls: a staff member of a role, a partner's API client holding just one scope, or one holding all. */
type Caller = Role | PartnerScope | 'client with every scope'
const tokens = new Map<Caller, string>()

beforeAll(async () => {
  ;({ document, operations, resolve } = await loadOperations(t))
  const org = await createOrganisation(t.db)
  for (const role of ROLES)
    tokens.set(role, (await signedInUser(t, { roles: [role], organisationId: org.id })).token)
  for (const scope of PARTNER_SCOPES) tokens.set(scope, (await partnerClient(t, { scopes: [scope] })).token)
  tokens.set('client with every scope', (await partnerClient(t)).token)
})

const contractOf = (op: Operation): RouteDefinition => {
  const contract = allRoutes.find((r) => r.operationId === op.operationId)
  if (!contract) throw new Error(`No contract for ${op.operationId}`)
  return contract
}

const allowedRole = ({ access }: RouteDefinition): Caller | undefined =>
  access === 'public'
    ? undefined
    : access === 'authenticated'
      ? 'admin'
      : isPartnerAccess(access)
        ? access.partnerScope
        : access[0]

/** Everyone a route refuses: staff of other roles, or clients without its scope; staff on partner routes. */
const refusedCallers = ({ access }: RouteDefinition): Caller[] => {
  if (access === 'public') return []
  if (isPartnerAccess(access))
    return [...ROLES, ...PARTNER_SCOPES.filter((scope) => scope !== access.partnerScope)]
  const roles = access === 'authenticated' ? [] : ROLES.filter((r) => !access.includes(r))
  return [...roles, 'client with every scope']
}

/** A value for a path parameter: a new UUID, or the first allowed value of one that is not an id. */
const anyValueOf = (op: Operation, name: string): string => {
  const schema = op.parameters?.find((p) => p.in === 'path' && p.name === name)?.schema
  return typeof schema?.enum?.[0] === 'string' ? schema.enum[0] : randomUUID()
}

const concretePath = (op: Operation, overrides: Record<string, string> = {}) =>
  op.path.replace(/\{(\w+)\}/g, (_, name: string) => overrides[name] ?? anyValueOf(op, name))

function send(op: Operation, path: string, role?: Caller, query?: Record<string, unknown>) {
  const method = op.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'
  let request: supertest.Test = t.http()[method](path)
  const token = role && tokens.get(role)
  if (token) request = request.set('authorization', `Bearer ${token}`)
  if (query) request = request.query(query)
  return request
}

const expectProblem = (response: supertest.Response, statuses: number[], context: string) => {
  expect(
    statuses,
    `${context}: got ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`,
  ).toContain(response.status)
  expect(response.headers['content-type'], context).toMatch(/^application\/problem\+json/)
  expect(response.body, context).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status: response.status,
    detail: expect.any(String),
    requestId: expect.any(String),
  })
  expect(JSON.stringify(response.body), context).not.toMatch(/at .*\.(ts|js):\d+/)
}

describe('the OpenAPI document', () => {
  it('documents exactly the operations of the contracts (the server refuses to start otherwise)', () => {
    expect(document.openapi).toMatch(/^3\./)
    const documented = operations.map((op) => `${op.method} ${op.path.replace(/\{(\w+)\}/g, ':$1')}`).sort()
    expect(documented).toEqual(allRoutes.map((r) => `${r.method} ${r.path}`).sort())
  })

  it('gives every operation a summary, a tag, an operationId, security and its error responses', () => {
    for (const op of operations) {
      const context = `${op.method} ${op.path}`
      expect(op.summary, context).toBeTruthy()
      expect(op.tags?.length, context).toBeGreaterThan(0)
      expect(op.operationId, context).toBeTruthy()
      const contract = contractOf(op)
      const codes = Object.keys(op.responses)
      expect(
        codes.some((c) => c.startsWith('2')),
        context,
      ).toBe(true)
      if (isPartnerAccess(contract.access))
        expect(op.security, context).toEqual([{ partnerClient: [contract.access.partnerScope] }])
      else if (contract.access !== 'public') expect(op.security, context).toEqual([{ bearerAuth: [] }])
      if (contract.access !== 'public') expect(codes, context).toContain('401')
      if (contract.access !== 'public' && contract.access !== 'authenticated')
        expect(codes, context).toContain('403')
      if (op.requestBody || op.parameters?.length) expect(codes, context).toContain('400')
    }
  })

  it('has unique operationIds', () => {
    const ids = operations.map((op) => op.operationId)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

// Each test walks every operation, hundreds of requests: minutes on a machine shared with other heavy work.
describe('every operation', { timeout: 600_000 }, () => {
  it('answers 401 problem+json without a token or with a broken one', async () => {
    for (const op of operations.filter((o) => contractOf(o).access !== 'public')) {
      const path = concretePath(op)
      expectProblem(await send(op, path), [401], `${op.method} ${op.path} without a token`)
      const broken = await send(op, path).set('authorization', 'Bearer not.a.token')
      expectProblem(broken, [401], `${op.method} ${op.path} with a broken token`)
    }
  })

  it('answers 403 problem+json to every role it does not allow, to API clients on staff routes and to staff on partner routes', async () => {
    for (const op of operations) {
      for (const caller of refusedCallers(contractOf(op))) {
        expectProblem(await send(op, concretePath(op), caller), [403], `${op.method} ${op.path} as ${caller}`)
      }
    }
  }, 120_000)

  it('refuses invalid path parameters with 400 problem+json', async () => {
    for (const op of operations) {
      for (const param of op.parameters?.filter((p) => p.in === 'path') ?? []) {
        const response = await send(
          op,
          concretePath(op, { [param.name]: 'not-a-uuid' }),
          allowedRole(contractOf(op)),
        )
        expectProblem(response, [400], `${op.method} ${op.path} with ${param.name}=not-a-uuid`)
      }
    }
  })

  it('refuses bad query parameters with 400 problem+json', async () => {
    for (const op of operations) {
      for (const param of op.parameters?.filter((p) => p.in === 'query') ?? []) {
        for (const bad of badQueryValuesFor(param.schema)) {
          const response = await send(op, concretePath(op), allowedRole(contractOf(op)), {
            [param.name]: bad.value,
          })
          // A 100 kB query string is refused by the HTTP parser itself, as 431.
          expectProblem(response, [400, 431], `${op.method} ${op.path} with ?${param.name}= ${bad.label}`)
        }
      }
    }
  })

  it('refuses malformed JSON, a wrong content type, missing fields and wrongly typed fields with 4xx problem+json', async () => {
    for (const op of operations.filter((o) => o.requestBody)) {
      const role = allowedRole(contractOf(op))
      const path = concretePath(op)
      const context = `${op.method} ${op.path}`
      const schema = resolve(op.requestBody?.content['application/json']?.schema ?? {})

      expectProblem(
        await send(op, path, role).set('content-type', 'application/json').send('{"broken": '),
        [400],
        `${context} with malformed JSON`,
      )
      expectProblem(
        await send(op, path, role).set('content-type', 'text/plain').send('hello'),
        [415],
        `${context} as text/plain`,
      )
      expectProblem(await send(op, path, role).send([1, 2]), [400], `${context} with an array body`)
      if (schema.required?.length)
        expectProblem(await send(op, path, role).send({}), [400], `${context} with {}`)
      expectProblem(
        await send(op, path, role).send({ unexpectedProperty: 'x' }),
        [400],
        `${context} with an unknown property`,
      )
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        for (const bad of badValuesFor(resolve(property))) {
          const response = await send(op, path, role).send({ [name]: bad.value })
          expectProblem(response, [400], `${context} with ${name} = ${bad.label}`)
          expect(
            response.body.errors?.some((e: { pointer: string }) => e.pointer.startsWith(`/${name}`)),
            `${context}: ${name} = ${bad.label} is named in errors ${JSON.stringify(response.body.errors)}`,
          ).toBe(true)
        }
      }
    }
  }, 120_000)

  it('refuses a body over the limit with 413 problem+json', async () => {
    const big = JSON.stringify({ filler: 'x'.repeat(2 * 1024 * 1024) })
    for (const op of operations.filter((o) => o.requestBody)) {
      const response = await send(op, concretePath(op), allowedRole(contractOf(op)))
        .set('content-type', 'application/json')
        .send(big)
      expectProblem(response, [413], `${op.method} ${op.path} with a 2 MB body`)
    }
  })

  it('answers an unknown id with 404 problem+json, not 500', async () => {
    for (const op of operations.filter((o) => o.parameters?.some((p) => p.in === 'path') && !o.requestBody)) {
      const response = await send(op, concretePath(op), allowedRole(contractOf(op)))
      expectProblem(response, [404], `${op.method} ${op.path} with an unknown id`)
    }
  })
})

describe('outside the operations', () => {
  it('answers unknown routes and methods with 404 problem+json', async () => {
    expectProblem(await t.http().get('/api/v1/no-such-thing'), [404], 'unknown route')
    expectProblem(await t.http().delete('/api/health'), [404], 'unknown method')
  })
})
