import { routes } from '@onestop/contracts'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { contractRoute } from '../../plugins/contract-route.js'
import { toUser } from '../users/user-view.js'
import type { IssuedSession } from './issue-session.js'
import { login } from './login.js'
import { changeOwnPassword, disableMfa, enableMfa, getOwnUser, startMfaSetup } from './own-account.js'
import { logout, refreshSession } from './refresh.js'
import { REFRESH_COOKIE, REFRESH_COOKIE_PATH } from './tokens.js'

export async function authRoutes(app: FastifyInstance) {
  const { auth } = app.config
  const cookieOptions = {
    path: REFRESH_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: app.config.env === 'production',
  }
  const answerWithSession = (reply: FastifyReply, issued: IssuedSession) => {
    reply.setCookie(REFRESH_COOKIE, issued.refreshToken, {
      ...cookieOptions,
      maxAge: auth.refreshTokenDays * 24 * 3600,
    })
    reply.header('cache-control', 'no-store')
    return {
      accessToken: app.jwt.sign(issued.claims),
      expiresIn: auth.accessTokenSeconds,
      mfaSetupRequired: issued.mfaSetupRequired,
      user: issued.user,
    }
  }
  // Per client address, so one attacker cannot lock everyone else out of signing in.
  const rateLimit = { rateLimit: { max: auth.loginRateLimitPerMinute, timeWindow: '1 minute' } }

  contractRoute(
    app,
    routes.login,
    async (request, reply) => answerWithSession(reply, await login(request.ctx(), request.body)),
    rateLimit,
  )
  contractRoute(
    app,
    routes.refresh,
    async (request, reply) =>
      answerWithSession(reply, await refreshSession(request.ctx(), request.cookies[REFRESH_COOKIE])),
    rateLimit,
  )
  contractRoute(
    app,
    routes.logout,
    async (request, reply) => {
      await logout(request.ctx(), request.cookies[REFRESH_COOKIE])
      return reply.clearCookie(REFRESH_COOKIE, cookieOptions).code(204).send()
    },
    rateLimit,
  )

  contractRoute(app, routes.me, async (request) => {
    const ctx = request.signedIn()
    return toUser(await getOwnUser(ctx), app.config.mfaRequiredRoles)
  })
  contractRoute(app, routes.changePassword, async (request, reply) => {
    await changeOwnPassword(request.signedIn(), request.body)
    return reply.code(204).send()
  })
  contractRoute(app, routes.startMfaSetup, async (request) => startMfaSetup(request.signedIn()))
  contractRoute(app, routes.enableMfa, async (request) => enableMfa(request.signedIn(), request.body.code))
  contractRoute(app, routes.disableMfa, async (request, reply) => {
    await disableMfa(request.signedIn(), request.body.password)
    return reply.code(204).send()
  })
}
