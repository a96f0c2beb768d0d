import type { Socket } from 'node:net'
import { type FieldProblem, PROBLEM_TYPES, type ProblemType, problemUri } from '@onestop/contracts'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { audit } from '../lib/audit.js'
import { isDatabaseUnavailable, isRowSecurityRefusal } from '../lib/db-errors.js'
import {
  AccessEndedError,
  AppError,
  BadRequestError,
  DatabaseUnavailableError,
  fieldProblem,
} from '../lib/errors.js'
import { fieldProblemsOf, type SchemaIssue } from './schema-issues.js'

interface ProblemBody {
  type: string
  title: string
  status: number
  detail: string
  instance: string
  requestId: string
  errors?: FieldProblem[]
}

/** Fastify's own error codes, mapped to a problem type and a message a person can act on. */
const FASTIFY_ERRORS: Record<string, { type: ProblemType; detail?: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    type: 'unsupported-media-type',
    detail: 'Send the body as application/json.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { type: 'body-too-large', detail: 'The request body is too large.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    type: 'malformed-json',
    detail: 'The body is empty but the content type says JSON.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { type: 'malformed-json', detail: 'The body is not valid JSON.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { type: 'bad-request' },
  FST_ERR_BAD_URL: { type: 'bad-request', detail: 'The URL is malformed.' },
  FST_ERR_ASYNC_CONSTRAINT: { type: 'bad-request' },
  FST_JWT_NO_AUTHORIZATION_IN_HEADER: { type: 'unauthorized' },
}

const problemOf = (type: ProblemType, detail: string) => ({
  type: problemUri(type),
  title: PROBLEM_TYPES[type].title,
  status: PROBLEM_TYPES[type].status,
  detail,
})

export function problemFromError(error: FastifyError | AppError, request: FastifyRequest): ProblemBody {
  const instance = request.url.split('?')[0] ?? request.url
  const base = { instance, requestId: String(request.id) }
  if (error instanceof AppError) {
    const fieldErrors =
      error instanceof BadRequestError && error.fieldErrors.length ? error.fieldErrors : undefined
    return {
      type: problemUri(error.type),
      title: error.title,
      status: error.status,
      detail: error.message,
      ...base,
      ...(fieldErrors ? { errors: fieldErrors } : {}),
      ...error.extensions,
    }
  }
  const validation = (error as FastifyError).validation as SchemaIssue[] | undefined
  if (validation) {
    const errors = fieldProblemsOf(validation, (error as FastifyError).validationContext)
    const detail = `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}: ${errors
      .map((e) => `${e.pointer} ${e.message}`)
      .join('; ')}.`
    return { ...problemOf('validation', detail), errors, ...base }
  }
  const code = (error as FastifyError).code
  const known = code ? FASTIFY_ERRORS[code] : undefined
  if (code?.startsWith('FST_JWT') || code === 'FAST_JWT_INVALID_SIGNATURE')
    return { ...problemOf('unauthorized', 'The access token is missing or invalid.'), ...base }
  const status = known ? PROBLEM_TYPES[known.type].status : ((error as FastifyError).statusCode ?? 500)
  if (status >= 500 || status < 400)
    return {
      ...problemOf('internal', 'Something went wrong on our side. Quote the request id when reporting it.'),
      ...base,
    }
  const type = known?.type ?? 'bad-request'
  const detail = known?.detail ?? error.message
  return {
    ...problemOf(type, detail),
    ...(type === 'malformed-json'
      ? { errors: [fieldProblem({ pointer: '/', code: 'malformed-json' })] }
      : {}),
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
  if (isRowSecurityRefusal(error)) {
    return answerError(new AccessEndedError(), request, reply)
  }
  const problem = declaredOrInternal(problemFromError(error, request), request)
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

/**
 * A problem type the route's contract does not declare is a bug in the contract or the service. Tests
 * answer it as a 500, so the test that provoked it fails; elsewhere it is answered and logged.
 */
function declaredOrInternal(problem: ProblemBody, request: FastifyRequest): ProblemBody {
  const declared = request.routeOptions.config.problemTypes
  const type = problem.type.replace(/^\/problems\//, '')
  if (!declared || declared.some((t) => t === type)) return problem
  const detail = `${request.routeOptions.url} answered /problems/${type}, which its contract does not declare in \`problems\`.`
  request.log.error({ problem: problem.type, route: request.routeOptions.url }, detail)
  if (request.server.config.env !== 'test') return problem
  return { ...problem, ...problemOf('internal', detail) }
}

export const problemJsonPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler(answerError)

    app.setNotFoundHandler((request, reply) =>
      sendProblem(reply, {
        ...problemOf('not-found', `No route ${request.method} ${request.url.split('?')[0]}.`),
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
  const problem = tooLarge
    ? problemOf('headers-too-large', 'The URL or the headers are too large.')
    : problemOf('bad-request', 'The request could not be parsed as HTTP.')
  const { status } = problem
  const body = JSON.stringify({ ...problem, requestId: 'none' })
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
