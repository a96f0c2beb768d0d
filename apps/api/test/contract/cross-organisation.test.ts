import { randomUUID } from 'node:crypto'
import { allRoutes, isPartnerAccess, ROLES, type Role, staffRolesOf } from '@onestop/contracts'
import type supertest from 'supertest'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../src/db/demo-data.js'
import { useTestApp } from '../support/app.js'
import { signedInUser, signIn } from '../support/factories.js'
import type { JsonSchema } from './bad-inputs.js'
import { loadOperations, type Operation, pathParamsOf } from './operations.js'
import { seedOrganisations } from './organisation-a.js'
import { ORGANISATION_IDS, ownedIds, parameterOfField } from './organisation-ids.js'
import { changedTables, snapshot } from './snapshot.js'
import { validValue, withIds } from './valid-bodies.js'

/**
 * The generic cross-organisation pass: every operation with an id in its path is called with a real id of
 * organisation A by every role of organisation B. Each must answer 404 (a 403 would tell B the thing
 * exists) and no write may change anything. Ids come from ORGANISATION_IDS by parameter name, so a new
 * route is covered as soon as its parameters are known there.
 */
const t = useTestApp()

/** Operations whose path ids belong to no organisation; each says why B may use A's. */
const NOT_ORGANISATION_OWNED: Record<string, string> = {
  getCalendarFeedDocument:
    'the token is a secret capability a staff member gives their calendar app: whoever holds it reads ' +
    'the feed by design, with no bearer token, so there is no organisation to compare',
}

/** Writes whose body cannot be built from the document, so a 400 may come before the 404. Keep it empty. */
const BODY_FALLBACKS: string[] = []

let operations: Operation[] = []
let resolve: (schema: JsonSchema) => JsonSchema
let organisationA = ''
let idsOfB: Record<string, string> = {}
const staffOfB = new Map<Role, string>()
const readersOfA = new Map<Role, string>()
/** The token of the API client A issued to the Vilnius municipality: it reads A's referrals. */
let partnerOfA: { authorization: string } = { authorization: '' }

/** A's demo staff who read A's records in the control: the family's responsible case manager first. */
const READERS_OF_A: [Role, string][] = [
  ['case_manager', 'case.manager@onestop.example'],
  ['admin', 'admin@onestop.example'],
  ['coordinator', 'coordinator@onestop.example'],
]

beforeAll(async () => {
  ;({ operations, resolve } = await loadOperations(t))
  const { a, b, partnerOfA: client } = await seedOrganisations(t)
  organisationA = a
  partnerOfA = client
  for (const role of ROLES)
    staffOfB.set(role, (await signedInUser(t, { roles: [role], organisationId: b })).token)
  for (const [role, email] of READERS_OF_A)
    readersOfA.set(role, (await signIn(t, email, DEMO_PASSWORD)).token)
  const known = ['familyId', 'userId', 'personId', 'serviceId', 'siteId', 'roomId']
  idsOfB = (await ownedIds(t.db, b, known)).ids
}, 120_000)

const withPathIds = () =>
  operations.filter((op) => pathParamsOf(op).length > 0 && !(op.operationId in NOT_ORGANISATION_OWNED))

const concretePath = (op: Operation, ids: Record<string, string>) =>
  op.path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? '')

const accessOf = (op: Operation) => {
  const access = allRoutes.find((r) => r.operationId === op.operationId)?.access
  if (!access) throw new Error(`no contract for ${op.operationId}`)
  return access
}

const allowedRoles = (op: Operation): readonly Role[] => staffRolesOf(accessOf(op), ROLES)

/** A body that passes validation, naming B's own records so only the path id can be refused. */
function bodyOf(op: Operation): unknown {
  const content = op.requestBody?.content['application/json']
  if (!content) return undefined
  const body = content.example ?? validValue(content.schema, resolve)
  return withIds(body, (field) => idsOfB[parameterOfField(field)])
}

async function callAsB(op: Operation, path: string, role: Role, version: number | undefined) {
  const method = op.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'
  let request: supertest.Test = t
    .http()
    [method](path)
    .set('authorization', `Bearer ${staffOfB.get(role)}`)
  const headers = op.parameters?.filter((p) => p.in === 'header').map((p) => p.name) ?? []
  if (headers.includes('idempotency-key')) request = request.set('idempotency-key', randomUUID())
  if (headers.includes('if-match') && version !== undefined) request = request.set('if-match', `"${version}"`)
  const body = bodyOf(op)
  return body === undefined ? request : request.send(body as object)
}

function expectedStatus(op: Operation, role: Role, status: number): number {
  if (!allowedRoles(op).includes(role)) return 403
  if (BODY_FALLBACKS.includes(op.operationId) && status === 400) return 400
  return 404
}

/** What is wrong with B's answer, or undefined when it is the 404 (or the role's 403) it must be. */
function wrongAnswer(op: Operation, role: Role, response: supertest.Response): string | undefined {
  const isProblem = String(response.headers['content-type']).startsWith('application/problem+json')
  if (response.status === expectedStatus(op, role, response.status) && isProblem) return undefined
  return `${op.method} ${op.path} as B's ${role}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`
}

// Walks every operation with every id: minutes on a machine shared with other heavy work.
describe("organisation A's ids, used by organisation B", { timeout: 600_000 }, () => {
  it('are known for every path parameter, and A reads each of them', async () => {
    const unknown = [...new Set(withPathIds().flatMap(pathParamsOf))].filter(
      (name) => !(name in ORGANISATION_IDS),
    )
    expect(unknown, 'add a query for each of these to ORGANISATION_IDS').toEqual([])
    const operationIds = new Set(operations.map((op) => op.operationId))
    for (const id of [...Object.keys(NOT_ORGANISATION_OWNED), ...BODY_FALLBACKS])
      expect(operationIds, `${id} is listed but is no operation`).toContain(id)
    // The control: the ids are real, so B's 404 can only come from the organisation boundary. Partner
    // routes have no staff reader (B's staff get 403 there); one partner's ids used by another are proven
    // 404 in test/webhooks.
    for (const op of withPathIds().filter((o) => o.method === 'GET' && allowedRoles(o).length > 0)) {
      const { ids } = await ownedIds(t.db, organisationA, pathParamsOf(op))
      const answers: string[] = []
      if (isPartnerAccess(accessOf(op))) {
        const response = await t.http().get(concretePath(op, ids)).set(partnerOfA)
        answers.push(`A's partner client: ${response.status}`)
      }
      for (const [role] of READERS_OF_A.filter(([r]) => allowedRoles(op).includes(r))) {
        const response = await t
          .http()
          .get(concretePath(op, ids))
          .set('authorization', `Bearer ${readersOfA.get(role)}`)
        answers.push(`${role}: ${response.status}`)
        if (response.status === 200) break
      }
      expect(answers.at(-1), `${op.path} as A's staff: ${answers.join(', ')}`).toMatch(/: 200$/)
    }
  }, 60_000)

  it('answer 404 to every role of B that may call the operation, and change nothing', async () => {
    const failures: string[] = []
    let before = await snapshot(t.db)
    expect(before.families, 'the snapshot must see the families').not.toMatch(/^0 rows/)
    for (const op of withPathIds()) {
      const { ids, version } = await ownedIds(t.db, organisationA, pathParamsOf(op))
      const path = concretePath(op, ids)
      const answers = await Promise.all(
        ROLES.map(async (role) => wrongAnswer(op, role, await callAsB(op, path, role, version))),
      )
      failures.push(...answers.filter((wrong) => wrong !== undefined))
      const after = await snapshot(t.db)
      const changed = changedTables(before, after)
      if (changed.length) failures.push(`${op.method} ${op.path} by B changed ${changed.join(', ')}`)
      before = after
    }
    expect(failures).toEqual([])
  }, 120_000)
})
