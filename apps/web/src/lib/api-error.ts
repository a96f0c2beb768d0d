import type { ProblemMethodology, UncertifiedFacilitator } from '@onestop/contracts'

export interface FieldError {
  pointer: string
  /** Why the field is invalid, as a code of the API's catalogue (`FieldErrorCode`). */
  code?: string
  /** The reason in English, for integrators; the client shows the code's translation. */
  message: string
  params?: Record<string, string | number>
}

interface ProblemLike {
  type?: unknown
  title?: unknown
  status?: unknown
  detail?: unknown
  requestId?: unknown
  errors?: unknown
  methodology?: unknown
  uncertified?: unknown
}

const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback)

const isFieldError = (value: unknown): value is FieldError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as FieldError).pointer === 'string' &&
  typeof (value as FieldError).message === 'string' &&
  ['string', 'undefined'].includes(typeof (value as FieldError).code)

/** Whether the value is an object whose members of these names are all text. */
const hasText = (value: unknown, ...names: string[]): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  names.every((name) => typeof (value as Record<string, unknown>)[name] === 'string')

const isMethodology = (value: unknown): value is ProblemMethodology => hasText(value, 'id', 'name')

const isUncertified = (value: unknown): value is UncertifiedFacilitator =>
  hasText(value, 'userId', 'name', 'date')

/** A failed API call, from an application/problem+json answer (or a network failure, status 0). */
export class ApiError extends Error {
  readonly status: number
  readonly type: string
  readonly title: string
  readonly detail: string
  readonly requestId: string | undefined
  readonly fieldErrors: FieldError[]
  /** With `facilitator-not-certified`: the methodology, and who lacks a certification in it on which day. */
  readonly methodology: ProblemMethodology | undefined
  readonly uncertified: UncertifiedFacilitator[]

  constructor(init: {
    status: number
    type: string
    title: string
    detail: string
    requestId?: string
    fieldErrors?: FieldError[]
    methodology?: ProblemMethodology
    uncertified?: UncertifiedFacilitator[]
  }) {
    super(init.detail || init.title)
    this.name = 'ApiError'
    this.status = init.status
    this.type = init.type
    this.title = init.title
    this.detail = init.detail
    this.requestId = init.requestId
    this.fieldErrors = init.fieldErrors ?? []
    this.methodology = init.methodology
    this.uncertified = init.uncertified ?? []
  }

  static fromProblem(status: number, body: unknown): ApiError {
    const problem: ProblemLike = typeof body === 'object' && body !== null ? body : {}
    const errors = Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : []
    return new ApiError({
      status,
      type: text(problem.type, 'about:blank'),
      title: text(problem.title, `HTTP ${status}`),
      detail: text(problem.detail, ''),
      fieldErrors: errors,
      ...(typeof problem.requestId === 'string' ? { requestId: problem.requestId } : {}),
      ...(isMethodology(problem.methodology) ? { methodology: problem.methodology } : {}),
      uncertified: Array.isArray(problem.uncertified) ? problem.uncertified.filter(isUncertified) : [],
    })
  }

  static network(cause: unknown): ApiError {
    return new ApiError({
      status: 0,
      type: '/problems/network',
      title: 'Network error',
      detail: cause instanceof Error ? cause.message : String(cause),
    })
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError
