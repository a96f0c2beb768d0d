import { randomUUID } from 'node:crypto'
import type { Profession, Role } from '@onestop/contracts'
import { and, asc, eq } from 'drizzle-orm'
import type { Database } from '../../src/db/client.js'
import { auditLog, organisations, sessions, users } from '../../src/db/schema/index.js'
import { hashPassword } from '../../src/modules/auth/passwords.js'
import type { TestApp } from './app.js'

export const TEST_PASSWORD = 'test-password-long-enough'
let passwordHash: Promise<string> | undefined

export async function createOrganisation(db: Database, name = `Centre ${randomUUID()}`) {
  const [org] = await db
    .insert(organisations)
    .values({ name, kind: 'centre', municipality: 'Vilniaus miesto savivaldybė' })
    .returning()
  if (!org) throw new Error('no organisation')
  return org
}

export interface UserSpec {
  roles?: Role[]
  professions?: Profession[]
  organisationId?: string
  active?: boolean
  email?: string
  name?: string
}

/** A user with a unique e-mail and the password TEST_PASSWORD; a new organisation unless one is given. */
export async function createUser(db: Database, spec: UserSpec = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD)
  const organisationId = spec.organisationId ?? (await createOrganisation(db)).id
  const [user] = await db
    .insert(users)
    .values({
      organisationId,
      email: spec.email ?? `user-${randomUUID()}@test.example`,
      name: spec.name ?? `Test User ${randomUUID().slice(0, 8)}`,
      roles: spec.roles ?? ['admin'],
      professions: spec.professions ?? [],
      active: spec.active ?? true,
      passwordHash: await passwordHash,
    })
    .returning()
  if (!user) throw new Error('no user')
  return user
}

export async function signIn(t: TestApp, email: string, password = TEST_PASSWORD) {
  const response = await t.http().post('/api/v1/auth/login').send({ email, password })
  if (response.status !== 200)
    throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`)
  const cookie = [response.headers['set-cookie'] ?? []]
    .flat()
    .find((c: string) => c.startsWith('onestop_refresh='))
  return {
    token: response.body.accessToken as string,
    cookie: cookie?.split(';')[0] ?? '',
    body: response.body,
  }
}

/** A signed-in user of the given roles: its row, bearer token and refresh cookie. */
export async function signedInUser(t: TestApp, spec: UserSpec = {}) {
  const user = await createUser(t.db, spec)
  const session = await signIn(t, user.email)
  return { user, ...session, auth: { authorization: `Bearer ${session.token}` } }
}

export async function findUser(db: Database, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id))
  return row
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/** Audit rows of one action, optionally about one entity, oldest first. */
export async function auditRowsOf(db: Database, action: string, entityId?: string) {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), entityId ? eq(auditLog.entityId, entityId) : undefined))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
  return rows
}

export async function sessionsOf(db: Database, userId: string) {
  return db.select().from(sessions).where(eq(sessions.userId, userId)).orderBy(asc(sessions.createdAt))
}

/** A unique word to tag the rows one test creates, so filters never see another test's rows. */
export const uniqueTag = () => `t${randomUUID().replaceAll('-', '').slice(0, 12)}`
