/** Errors services throw; the problem plugin turns each into application/problem+json. */
export class AppError extends Error {
  /** Set when the refusal was already written to the audit log with more detail than the route knows. */
  audited = false

  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail)
  }
}

export class BadRequestError extends AppError {
  constructor(
    detail: string,
    readonly fieldErrors: { pointer: string; message: string }[] = [],
  ) {
    super(400, 'validation', 'Invalid request', detail)
  }
}

export class UnauthorizedError extends AppError {
  constructor(detail = 'Sign in first: no valid access token was sent.', type = 'unauthorized') {
    super(401, type, 'Not signed in', detail)
  }
}

export class ForbiddenError extends AppError {
  constructor(detail = 'Your role does not allow this operation.', type = 'forbidden') {
    super(403, type, 'Forbidden', detail)
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id?: string) {
    super(404, 'not-found', 'Not found', id ? `No ${entity} with id ${id}.` : `No such ${entity}.`)
  }
}

export class ConflictError extends AppError {
  constructor(detail: string, type = 'conflict') {
    super(409, type, 'Conflict', detail)
  }
}

export class TooManyRequestsError extends AppError {
  constructor(type: string, detail: string, retryAfterSeconds: number) {
    super(429, type, 'Too many requests', detail, { 'retry-after': String(Math.max(1, retryAfterSeconds)) })
  }
}

/** How long a client should wait before retrying an outage or shed request. */
export const RETRY_AFTER_SECONDS = 5

export class ServiceUnavailableError extends AppError {
  constructor(type: string, detail: string, retryAfterSeconds = RETRY_AFTER_SECONDS) {
    super(503, type, 'Service unavailable', detail, { 'retry-after': String(Math.max(1, retryAfterSeconds)) })
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
      412,
      'stale-version',
      'Precondition failed',
      `The ${entity} was changed by someone else since you read it. Reload it and try again.`,
    )
  }
}

export class PreconditionRequiredError extends AppError {
  constructor() {
    super(428, 'if-match-required', 'Precondition required', 'Send the ETag you read in an If-Match header.')
  }
}
