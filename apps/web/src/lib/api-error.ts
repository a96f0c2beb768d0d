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
}

const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback)

const isFieldError = (value: unknown): value is FieldError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as FieldError).pointer === 'string' &&
  typeof (value as FieldError).message === 'string' &&
  ['string', 'undefined'].includes(typeof (value as FieldError).code)

/** A failed API call, from an application/problem+json answer (or a network failure, status 0). */
export class ApiError extends Error {
  readonly status: number
  readonly type: string
  readonly title: string
  readonly detail: string
  readonly requestId: string | undefined
  readonly fieldErrors: FieldError[]

  constructor(init: {
    status: number
    type: string
    title: string
    detail: string
    requestId?: string
    fieldErrors?: FieldError[]
  }) {
    super(init.detail || init.title)
    this.name = 'ApiError'
    this.status = init.status
    this.type = init.type
    this.title = init.title
    this.detail = init.detail
    this.requestId = init.requestId
    this.fieldErrors = init.fieldErrors ?? []
  }

  static fromProblem(status: number, body: unknown): ApiError {
    const problem: ProblemLike = typeof body === 'object' && body !== null ? body : {}
    const errors = Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : []
    const init = {
      status,
      type: text(problem.type, 'about:blank'),
      title: text(problem.title, `HTTP ${status}`),
      detail: text(problem.detail, ''),
      fieldErrors: errors,
    }
    return typeof problem.requestId === 'string'
      ? new ApiError({ ...init, requestId: problem.requestId })
      : new ApiError(init)
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
