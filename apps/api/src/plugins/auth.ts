import fastifyCookie from '@fastify/cookie'
import fastifyJwt from '@fastify/jwt'
import { isPartnerAccess } from '@onestop/contracts'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { Actor, ServiceContext } from '../lib/context.js'
import { ForbiddenError, UnauthorizedError } from '../lib/errors.js'
import { findSessionActor } from '../modules/auth/session-actor.js'
import type { AccessTokenClaims } from '../modules/auth/tokens.js'
import { type ClientTokenClaims, findClientActor } from '../modules/partners/client-actor.js'

const BEARER = /^Bearer ([A-Za-z0-9_\-.]+)$/

/**
 * Verifies the bearer token on every route that is not public and checks the roles the route's contract
 * declares. A token stops working at once when its session ends or the user is deactivated.
 */
export const authPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(fastifyCookie)
    await app.register(fastifyJwt, {
      secret: app.config.jwtSecret,
      sign: { algorithm: 'HS256', expiresIn: app.config.auth.accessTokenSeconds },
      verify: { algorithms: ['HS256'] },
    })

    app.decorateRequest('actor', null)
    app.decorateRequest('scopedDb', null)
    app.decorateRequest('scopeSettled', null)
    app.decorateRequest('replyStarted', null)
    // A handler that sends its reply itself must not answer before its transaction has committed.
    app.addHook('onSend', async (request) => {
      request.replyStarted?.()
      await request.scopeSettled
    })
    app.decorateRequest('ctx', function (this: FastifyRequest): ServiceContext {
      return {
        db: this.scopedDb ?? app.db,
        config: app.config,
        actor: this.actor,
        ip: this.ip,
        requestId: String(this.id),
        userAgent: this.headers['user-agent'],
      }
    })
    app.decorateRequest('signedIn', function (this: FastifyRequest) {
      const ctx = this.ctx()
      if (!ctx.actor) throw new UnauthorizedError()
      return { ...ctx, actor: ctx.actor }
    })

    const authenticate = async (request: FastifyRequest): Promise<Actor> => {
      const match = BEARER.exec(request.headers.authorization ?? '')
      if (!match?.[1]) throw new UnauthorizedError()
      let claims: AccessTokenClaims | ClientTokenClaims
      try {
        claims = app.jwt.verify<AccessTokenClaims | ClientTokenClaims>(match[1])
      } catch {
        throw new UnauthorizedError('The access token is invalid or has expired.', 'invalid-token')
      }
      if (claims.scope === 'partner') {
        const client = await findClientActor(app.db, claims)
        if (!client)
          throw new UnauthorizedError(
            'This API client was revoked, its secret rotated out or its partnership ended.',
            'invalid-token',
          )
        return client
      }
      const actor = await findSessionActor(app.db, claims)
      if (!actor) throw new UnauthorizedError('This session has ended. Sign in again.', 'session-ended')
      return actor
    }

    /** Why the actor may not call a route of this access, or undefined when it may. */
    const refusalOf = (
      actor: Actor,
      access: NonNullable<FastifyRequest['routeOptions']['config']['access']>,
      allowDuringMfaSetup: boolean,
    ): ForbiddenError | undefined => {
      if (isPartnerAccess(access)) {
        if (!actor.partnerClient)
          return new ForbiddenError('This operation is for partner API clients; sign in with a client token.')
        return actor.partnerClient.scopes.includes(access.partnerScope)
          ? undefined
          : new ForbiddenError(
              `This operation needs a token with the scope ${access.partnerScope}.`,
              'insufficient-scope',
            )
      }
      if (actor.partnerClient) return new ForbiddenError('API clients may call only the partner operations.')
      if (actor.scope === 'mfa-setup' && !allowDuringMfaSetup)
        return new ForbiddenError(
          'Set up two-factor sign-in first: your role requires it.',
          'mfa-setup-required',
        )
      if (Array.isArray(access) && !access.some((role) => actor.roles.includes(role)))
        return new ForbiddenError(`This operation is for: ${access.join(', ')}.`)
      return undefined
    }

    app.addHook('onRequest', async (request) => {
      const config = request.routeOptions.config
      const access = config?.access
      if (!access || access === 'public') return
      request.actor = await authenticate(request)
      const refusal = refusalOf(request.actor, access, config.allowDuringMfaSetup ?? false)
      if (refusal) throw refusal
    })
  },
  { name: 'auth', dependencies: ['database'] },
)
