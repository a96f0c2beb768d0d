import { createHash } from 'node:crypto'
import { isIdempotentWrite } from '@onestop/contracts'
import { and, eq, lt, sql } from 'drizzle-orm'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { idempotencyKeys } from '../db/schema/index.js'
import { fieldCryptoFor } from '../lib/crypto.js'
import { AppError, ConflictError } from '../lib/errors.js'

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKeyId: string | null
  }
}

const keyOf = (request: FastifyRequest) => {
  const value = request.headers['idempotency-key']
  return typeof value === 'string' ? value : undefined
}

/**
 * For an answer that must not be kept anywhere (a secret, or personal data shown only once): gives up the
 * request's Idempotency-Key claim, so the answer is not stored and a retry runs again.
 */
export async function forgoReplay(request: FastifyRequest) {
  const claim = request.idempotencyKeyId
  if (!claim) return
  request.idempotencyKeyId = null
  // The request's own transaction: on the embedded database another connection would wait for it forever.
  await request.ctx().db.delete(idempotencyKeys).where(eq(idempotencyKeys.id, claim))
}

/**
 * Honours `Idempotency-Key` on signed-in POSTs: the first answer (anything but a 5xx) is stored and
 * replayed to a retry with the same key and body; the same key with another body is a 422. Answers carry
 * personal data (decrypted personal codes, contacts), so they are kept encrypted like the fields they came from.
 */
export const idempotencyPlugin = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('idempotencyKeyId', null)
    const crypto = fieldCryptoFor(app.config.encryptionKey)

    app.addHook('preHandler', async (request, reply) => {
      const key = keyOf(request)
      const access = request.routeOptions.config?.access
      if (
        !key ||
        !access ||
        !request.actor ||
        !isIdempotentWrite({ method: request.method as 'POST', access })
      )
        return
      const actorId = request.actor.id
      const requestHash = createHash('sha256')
        .update(JSON.stringify(request.body ?? null))
        .digest('hex')
      const mine = and(eq(idempotencyKeys.actorId, actorId), eq(idempotencyKeys.key, key))
      await app.db
        .delete(idempotencyKeys)
        .where(and(mine, lt(idempotencyKeys.createdAt, sql`now() - interval '24 hours'`)))
      const [claimed] = await app.db
        .insert(idempotencyKeys)
        .values({ actorId, key, requestUrl: request.url, requestHash })
        .onConflictDoNothing()
        .returning({ id: idempotencyKeys.id })
      if (claimed) {
        request.idempotencyKeyId = claimed.id
        return
      }
      const [first] = await app.db.select().from(idempotencyKeys).where(mine)
      if (!first || first.requestHash !== requestHash || first.requestUrl !== request.url)
        throw new AppError(
          'idempotency-key-reused',
          'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
        )
      if (first.statusCode === null)
        throw new ConflictError(
          'The first request with this Idempotency-Key is still being processed.',
          'idempotency-in-progress',
        )
      reply.code(first.statusCode).header('idempotent-replayed', 'true')
      if (first.location) reply.header('location', first.location)
      if (first.contentType) reply.type(first.contentType)
      return reply.send(first.responseBody === null ? undefined : crypto.decrypt(first.responseBody))
    })

    app.addHook('onSend', async (request, reply, payload) => {
      const id = request.idempotencyKeyId
      if (!id) return payload
      request.idempotencyKeyId = null
      if (reply.statusCode >= 500) {
        await app.db.delete(idempotencyKeys).where(eq(idempotencyKeys.id, id))
        return payload
      }
      const location = reply.getHeader('location')
      const contentType = reply.getHeader('content-type')
      await app.db
        .update(idempotencyKeys)
        .set({
          statusCode: reply.statusCode,
          contentType: typeof contentType === 'string' ? contentType : null,
          location: typeof location === 'string' ? location : null,
          responseBody: typeof payload === 'string' ? crypto.encrypt(payload) : null,
        })
        .where(eq(idempotencyKeys.id, id))
      return payload
    })
  },
  { name: 'idempotency', dependencies: ['auth', 'database'] },
)
