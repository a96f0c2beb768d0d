import { type Static, type TSchema, Type } from 'typebox'
import type { ApiTag } from './api-tags.js'
import type { RouteRef } from './client-route-ref.js'
import { PROBLEM_DESCRIPTIONS, type ProblemStatus, problemResponseOf } from './common.js'
import type { PartnerScope } from './partners/scopes.js'
import {
  COMMON_PROBLEM_TYPES,
  IDEMPOTENCY_PROBLEM_TYPES,
  PROBLEM_TYPES,
  type ProblemType,
  problemTypes,
} from './problems.js'
import type { Role } from './staff.js'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** A partner's API client holding this scope; staff tokens are refused there, client tokens everywhere else. */
export interface PartnerAccess {
  readonly partnerScope: PartnerScope
}

/**
 * Who may call a route: `public` needs no token, `authenticated` any signed-in staff member,
 * a list of roles those roles only, `{ partnerScope }` a partner's API client with that scope. The API
 * enforces it and the OpenAPI document shows it.
 */
export type Access = 'public' | 'authenticated' | readonly Role[] | PartnerAccess

export const isPartnerAccess = (access: Access): access is PartnerAccess =>
  typeof access === 'object' && 'partnerScope' in access

/** The staff roles a route allows: all of them for `authenticated`, none for public and partner routes. */
export const staffRolesOf = (access: Access, all: readonly Role[]): readonly Role[] =>
  access === 'authenticated' ? all : Array.isArray(access) ? access : []

export interface RouteDefinition {
  method: HttpMethod
  /** Fastify-style path, e.g. `/api/v1/users/:userId`. */
  path: string
  operationId: string
  summary: string
  description?: string
  tags: readonly ApiTag[]
  access: Access
  /** Routes a user who must still enrol in two-factor sign-in may call. */
  allowDuringMfaSetup?: boolean
  /** Body media types besides JSON (the token endpoint also takes an OAuth2 form). */
  consumes?: readonly string[]
  params?: TSchema
  querystring?: TSchema
  headers?: TSchema
  body?: TSchema
  response: Readonly<Record<number, TSchema>>
  /**
   * The problem types this route answers with besides the common ones (`COMMON_PROBLEM_TYPES`, and
   * `IDEMPOTENCY_PROBLEM_TYPES` for signed-in POSTs). The API refuses to send an undeclared one in tests.
   */
  problems?: readonly ProblemType[]
}

/** Signed-in POSTs honour `Idempotency-Key`: a replay returns the first answer. */
export const isIdempotentWrite = (route: Pick<RouteDefinition, 'method' | 'access'>): boolean =>
  route.method === 'POST' && route.access !== 'public'

export const IdempotencyKeyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 255,
      pattern: '^[!-~]+$',
      description:
        'Makes a retry safe: the same key with the same body replays the first answer; with another body it is a 422. Kept for 24 hours.',
      examples: ['5f1c9f0e-4d0a-4a4b-9a57-2d1f8e0c7b11'],
    }),
  ),
})

/** Types that are the only one of their status: a route declares them by listing the status (412, 428). */
const soleTypeOf = (status: number): ProblemType[] => {
  const types = problemTypes.filter((t) => PROBLEM_TYPES[t].status === status)
  return types.length === 1 ? types : []
}

/**
 * Every problem type a route may answer with: its own, the common ones, those its response statuses
 * name alone and, for idempotent writes, theirs.
 */
export const routeProblemTypes = (route: RouteDefinition): readonly ProblemType[] => [
  ...new Set([
    ...COMMON_PROBLEM_TYPES,
    ...(isIdempotentWrite(route) ? IDEMPOTENCY_PROBLEM_TYPES : []),
    ...Object.keys(route.response).flatMap((status) => soleTypeOf(Number(status))),
    ...(route.problems ?? []),
  ]),
]

const isProblemStatus = (status: number): status is ProblemStatus =>
  Object.hasOwn(PROBLEM_DESCRIPTIONS, status)

/**
 * The route's problem responses, one per status of its response map or of its own problem types, each
 * naming the problem types it answers with under that status.
 */
const problemResponses = (route: RouteDefinition, statuses: readonly number[]) => {
  const types = routeProblemTypes(route)
  const wanted = new Set([...statuses, ...(route.problems ?? []).map((t) => PROBLEM_TYPES[t].status)])
  return Object.fromEntries(
    [...wanted].filter(isProblemStatus).map((status) => {
      const named = types.filter((t) => PROBLEM_TYPES[t].status === status)
      return [status, problemResponseOf(status, named)]
    }),
  )
}

/**
 * Every route may answer 503 while the API starts, sheds load or cannot reach its database; signed-in
 * POSTs also 400, 409 and 422 for their `Idempotency-Key`.
 */
export const defineRoute = <const R extends RouteDefinition>(route: R): R => {
  const idempotent = isIdempotentWrite(route)
  const statuses = [503, ...(idempotent ? [400, 409, 422] : []), ...Object.keys(route.response).map(Number)]
  const response = { ...route.response, ...problemResponses(route, statuses) }
  return idempotent
    ? {
        ...route,
        headers: route.headers
          ? Type.Intersect([route.headers, IdempotencyKeyHeaders])
          : IdempotencyKeyHeaders,
        response,
      }
    : { ...route, response }
}

type StaticOf<S> = S extends TSchema ? Static<S> : undefined

/** A route's full definition, also when a client names it by its schema-free `RouteRef`. */
export type DefinitionOf<R extends RouteDefinition | RouteRef> = R extends RouteDefinition
  ? R
  : R extends RouteRef<infer D>
    ? D
    : never

export type RouteParams<R extends RouteDefinition | RouteRef> = StaticOf<DefinitionOf<R>['params']>
export type RouteQuery<R extends RouteDefinition | RouteRef> = StaticOf<DefinitionOf<R>['querystring']>
export type RouteBody<R extends RouteDefinition | RouteRef> = StaticOf<DefinitionOf<R>['body']>

type SuccessCode = 200 | 201 | 202 | 204
export type RouteSuccessStatus<R extends RouteDefinition> = Extract<keyof R['response'], SuccessCode>
type ResultOf<R extends RouteDefinition> = {
  [C in RouteSuccessStatus<R>]: StaticOf<R['response'][C]>
}[RouteSuccessStatus<R>]
export type RouteResult<R extends RouteDefinition | RouteRef> = ResultOf<DefinitionOf<R>>
