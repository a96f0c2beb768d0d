import {
  type FieldErrorCode,
  type FieldErrorParams,
  type FieldProblem,
  fieldErrorMessage,
  PROBLEM_TYPES,
  type ProblemType,
  type ProblemTypeWithStatus,
} from '@onestop/contracts'

/** Errors services throw; the problem plugin turns each into application/problem+json. */
export class AppError extends Error {
  /** Set when the refusal was already written to the audit log with more detail than the route knows. */
  audited = false
  /** Whether what the request wrote before the refusal is undone; most refusals keep their audit entry. */
  readonly undoesWrites: boolean = false
  readonly status: number
  readonly title: string
  /** Members the problem body carries besides the standard ones, such as `uncertified`. */
  readonly extensions: Record<string, unknown> = {}

  /** The status and title come from the problem catalogue in the contracts. */
  constructor(
    readonly type: ProblemType,
    detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail)
    this.status = PROBLEM_TYPES[type].status
    this.title = PROBLEM_TYPES[type].title
  }
}

/** A field the API refuses, by code; the English message is filled in from the catalogue. */
export interface InvalidField {
  pointer: string
  code: FieldErrorCode
  params?: FieldErrorParams
}

export const fieldProblem = ({ pointer, code, params }: InvalidField): FieldProblem => ({
  pointer,
  code,
  message: fieldErrorMessage(code, params),
  ...(params ? { params } : {}),
})

export class BadRequestError extends AppError {
  readonly fieldErrors: FieldProblem[]

  constructor(detail: string, fieldErrors: readonly InvalidField[] = []) {
    super('validation', detail)
    this.fieldErrors = fieldErrors.map(fieldProblem)
  }
}

export class UnauthorizedError extends AppError {
  constructor(
    detail = 'Sign in first: no valid access token was sent.',
    type: ProblemTypeWithStatus<401> = 'unauthorized',
  ) {
    super(type, detail)
  }
}

export class ForbiddenError extends AppError {
  constructor(
    detail = 'Your role does not allow this operation.',
    type: ProblemTypeWithStatus<403> = 'forbidden',
  ) {
    super(type, detail)
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id?: string) {
    super('not-found', id ? `No ${entity} with id ${id}.` : `No such ${entity}.`)
  }
}

/**
 * What the request wrote cannot be read back: the family stopped being the caller's to see while the request
 * ran (consent withdrawn, a partnership ended). Answered 404 as if it never was, and the write is undone.
 */
export class AccessEndedError extends AppError {
  override readonly undoesWrites = true
  constructor() {
    super('not-found', 'What you were changing is not, or no longer, shared with you.')
  }
}

export class ConflictError extends AppError {
  constructor(detail: string, type: ProblemTypeWithStatus<409>) {
    super(type, detail)
  }
}

export class TooManyRequestsError extends AppError {
  constructor(type: ProblemTypeWithStatus<429>, detail: string, retryAfterSeconds: number) {
    super(type, detail, { 'retry-after': String(Math.max(1, retryAfterSeconds)) })
  }
}

/** How long a client should wait before retrying an outage or shed request. */
export const RETRY_AFTER_SECONDS = 5

export class ServiceUnavailableError extends AppError {
  constructor(type: ProblemTypeWithStatus<503>, detail: string, retryAfterSeconds = RETRY_AFTER_SECONDS) {
    super(type, detail, { 'retry-after': String(Math.max(1, retryAfterSeconds)) })
  }
}

export class DatabaseUnavailableError extends ServiceUnavailableError {
  constructor() {
    super('database-unavailable', 'The database cannot be reached at the moment; try again in a few seconds.')
  }
}

export class PreconditionFailedError extends AppError {
  constructor(entity: string) {
    super(
      'stale-version',
      `The ${entity} was changed by someone else since you read it. Reload it and try again.`,
    )
  }
}

export class PreconditionRequiredError extends AppError {
  constructor() {
    super('if-match-required', 'Send the ETag you read in an If-Match header.')
  }
}
