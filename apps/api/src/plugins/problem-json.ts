import type { Socket } from 'node:net'
import { freeTextMinimum } from '@onestop/contracts'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { audit } from '../lib/audit.js'
import { isDatabaseUnavailable } from '../lib/db-errors.js'
import { AppError, BadRequestError, DatabaseUnavailableError } from '../lib/errors.js'

interface ProblemBody {
  type: string
  title: string
  status: number
  detail: string
  instance: string
  requestId: string
  errors?: { pointer: string; message: string }[]
}

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  413: 'Request body too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  503: 'Service unavailable',
}

/** Fastify's own error codes, mapped to a problem type and a message a person can act on. */
const FASTIFY_ERRORS: Record<string, { status: number; type: string; detail?: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    type: 'unsupported-media-type',
    detail: 'Send the body as application/json.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    type: 'body-too-large',
    detail: 'The request body is too large.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    type: 'malformed-json',
    detail: 'The body is empty but the content type says JSON.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    type: 'malformed-json',
    detail: 'The body is not valid JSON.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, type: 'bad-request' },
  FST_ERR_BAD_URL: { status: 400, type: 'bad-request', detail: 'The URL is malformed.' },
  FST_ERR_ASYNC_CONSTRAINT: { status: 400, type: 'bad-request' },
  FST_JWT_NO_AUTHORIZATION_IN_HEADER: { status: 401, type: 'unauthorized' },
}

interface AjvIssue {
  instancePath?: string
  message?: string
  keyword?: string
  params?: Record<string, unknown>
}

const pointerFor = (part: string | undefined, issue: AjvIssue): string => {
  const base = issue.instancePath ?? ''
  const missing = issue.keyword === 'required' ? `/${String(issue.params?.missingProperty)}` : ''
  const extra = issue.keyword === 'additionalProperties' ? `/${String(issue.params?.additionalProperty)}` : ''
  const prefix = part && part !== 'body' ? `/${part}` : ''
  return `${prefix}${base}${missing}${extra}` || '/'
}

const textMinimumOf = (issue: AjvIssue): number | undefined =>
  issue.keyword === 'pattern' && typeof issue.params?.pattern === 'string'
    ? freeTextMinimum(issue.params.pattern)
    : undefined

/** A free text field refused for its length says so once, in words, not as its pattern and its minLength. */
const withoutRepeats = (issues: AjvIssue[]): AjvIssue[] => {
  const textFields = new Set(issues.filter((i) => textMinimumOf(i) !== undefined).map((i) => i.instancePath))
  return issues.filter((i) => !(i.keyword === 'minLength' && textFields.has(i.instancePath)))
}

const messageFor = (issue: AjvIssue): string => {
  const textMinimum = textMinimumOf(issue)
  if (textMinimum !== undefined)
    return `must have at least ${textMinimum} character${textMinimum === 1 ? '' : 's'} of text`
  if (issue.keyword === 'additionalProperties') return 'is not an allowed property'
  if (issue.keyword === 'enum' && Array.isArray(issue.params?.allowedValues))
    return `must be one of: ${(issue.params.allowedValues as unknown[]).join(', ')}`
  return issue.message ?? 'is invalid'
}

export function problemFromError(error: FastifyError | AppError, request: FastifyRequest): ProblemBody {
  const instance = request.url.split('?')[0] ?? request.url
  const base = { instance, requestId: String(request.id) }
  if (error instanceof AppError) {
    const fieldErrors =
      error instanceof BadRequestError && error.fieldErrors.length ? error.fieldErrors : undefined
    return {
      type: `/problems/${error.type}`,
      title: error.title,
      status: error.status,
      detail: error.message,
      ...base,
      ...(fieldErrors ? { errors: fieldErrors } : {}),
    }
  }
  const validation = (error as FastifyError).validation as AjvIssue[] | undefined
  if (validation) {
    const part = (error as FastifyError).validationContext
    const errors = withoutRepeats(validation).map((issue) => ({
      pointer: pointerFor(part, issue),
      message: messageFor(issue),
    }))
    return {
      type: '/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}: ${errors
        .map((e) => `${e.pointer} ${e.message}`)
        .join('; ')}.`,
      errors,
      ...base,
    }
  }
  const code = (error as FastifyError).code
  const known = code ? FASTIFY_ERRORS[code] : undefined
  if (code?.startsWith('FST_JWT') || code === 'FAST_JWT_INVALID_SIGNATURE') {
    return {
      type: '/problems/unauthorized',
      title: 'Not signed in',
      status: 401,
      detail: 'The access token is missing or invalid.',
      ...base,
    }
  }
  const status = known?.status ?? (error as FastifyError).statusCode ?? 500
  if (status >= 500 || status < 400) {
    return {
      type: '/problems/internal',
      title: 'Internal error',
      status: Math.max(status, 500),
      detail: 'Something went wrong on our side. Quote the request id when reporting it.',
      ...base,
    }
  }
  const detail = known?.detail ?? error.message
  return {
    type: `/problems/${known?.type ?? 'bad-request'}`,
    title: TITLES[status] ?? 'Request refused',
    status,
    detail,
    ...(known?.type === 'malformed-json' ? { errors: [{ pointer: '/', message: detail }] } : {}),
    ...base,
  }
}

export function sendProblem(reply: FastifyReply, problem: ProblemBody, headers: Record<string, string> = {}) {
  return reply.code(problem.status).headers(headers).type('application/problem+json').send(problem)
}

/** Answers an error as problem+json; a database that cannot be reached is a 503 the caller may retry. */
async function answerError(
  error: FastifyError | AppError,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'service unavailable: the database cannot be reached')
    const unavailable = new DatabaseUnavailableError()
    return sendProblem(reply, problemFromError(unavailable, request), unavailable.headers)
  }
  const problem = problemFromError(error, request)
  if (problem.status === 403 && request.actor && !(error instanceof AppError && error.audited)) {
    try {
      await auditDenial(request, problem.detail)
    } catch (auditError) {
      // A refusal that could not be audited is not answered as one.
      return answerError(auditError as FastifyError, request, reply)
    }
  }
  if (problem.status === 503) request.log.warn({ err: error }, 'service unavailable')
  else if (problem.status >= 500) request.log.error({ err: error }, 'request failed')
  else request.log.info({ problem: problem.type, status: problem.status }, 'request refused')
  return sendProblem(reply, problem, error instanceof AppError ? error.headers : {})
}

export const problemJsonPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler(answerError)

    app.setNotFoundHandler((request, reply) =>
      sendProblem(reply, {
        type: '/problems/not-found',
        title: 'Not found',
        status: 404,
        detail: `No route ${request.method} ${request.url.split('?')[0]}.`,
        instance: request.url.split('?')[0] ?? request.url,
        requestId: String(request.id),
      }),
    )
  },
  { name: 'problem-json' },
)

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers or URL too large, garbage on the
 * wire) still get a problem+json answer.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket) {
  if (!socket.writable) return
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW'
  const status = tooLarge ? 431 : 400
  const body = JSON.stringify({
    type: tooLarge ? '/problems/headers-too-large' : '/problems/bad-request',
    title: tooLarge ? 'Request headers too large' : 'Bad request',
    status,
    detail: tooLarge ? 'The URL or the headers are too large.' : 'The request could not be parsed as HTTP.',
    requestId: 'none',
  })
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  )
}

/** Every refusal of a signed-in caller is audited, naming the record of the route's first path parameter. */
async function auditDenial(request: FastifyRequest, reason: string) {
  const [name, value] = Object.entries((request.params ?? {}) as Record<string, string>)[0] ?? []
  await audit(request.ctx(), {
    action: 'access.denied',
    outcome: 'denied',
    ...(name && value
      ? {
          entityType: name.replace(/Id$/, '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
          entityId: value,
        }
      : {}),
    details: { method: request.method, route: request.routeOptions.url, reason },
  })
}
