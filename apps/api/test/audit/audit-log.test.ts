import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog } from '../../src/db/schema/index.js'
import { sqlState } from '../../src/lib/db-errors.js'
import { useTestApp } from '../support/app.js'
import { auditRowsOf, createUser, signedInUser, TEST_PASSWORD } from '../support/factories.js'

const t = useTestApp()

/** Runs a statement that must fail, returning the PostgreSQL error code. */
async function refusedCode(statement: Promise<unknown>): Promise<string | undefined> {
  try {
    await statement
  } catch (error) {
    return sqlState(error) ?? 'unknown'
  }
  return undefined
}

describe('audit_log is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE issued straight at the database', async () => {
    const admin = await signedInUser(t)
    const [entry] = await auditRowsOf(t.db, 'auth.login', admin.user.id)
    expect(entry).toBeDefined()
    const id = entry?.id ?? ''

    expect(
      await refusedCode(t.db.execute(sql`update audit_log set action = 'tampered' where id = ${id}`)),
    ).toBe('42501')
    expect(await refusedCode(t.db.execute(sql`delete from audit_log where id = ${id}`))).toBe('42501')
    expect(await refusedCode(t.db.execute(sql`delete from audit_log`))).toBe('42501')
    expect(await refusedCode(t.db.execute(sql`truncate audit_log`))).toBe('42501')

    const [after] = await t.db.select().from(auditLog).where(eq(auditLog.id, id))
    expect(after).toEqual(entry)
  })

  it('still accepts new entries', async () => {
    const [row] = await t.db
      .insert(auditLog)
      .values({ action: 'test.append', outcome: 'success' })
      .returning({ id: auditLog.id })
    expect(row?.id).toEqual(expect.any(String))
  })
})

describe('audit entries written by the API', () => {
  it('records a failed and a successful sign-in with the address tried, the address and the request id', async () => {
    const user = await createUser(t.db)
    const tried = user.email.toUpperCase()
    const failed = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: tried, password: 'wrong-password-1' })
    const ok = await t.http().post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD })

    const rows = await auditRowsOf(t.db, 'auth.login', user.id)
    expect(rows.map((r) => r.outcome)).toEqual(['failure', 'success'])
    expect(rows[0]).toMatchObject({
      actorId: null,
      actorLabel: user.email,
      ip: expect.stringMatching(/127\.0\.0\.1|::1/),
      requestId: failed.headers['x-request-id'],
    })
    expect(rows[1]).toMatchObject({ actorLabel: user.email, requestId: ok.headers['x-request-id'] })
    for (const row of rows) expect(JSON.stringify(row)).not.toMatch(/wrong-password-1|test-password-long/)
  })

  it('keeps the request id a client sends, when it is well-formed', async () => {
    const admin = await signedInUser(t)
    const requestId = `client-${Date.now()}`
    const response = await t
      .http()
      .get(`/api/v1/users/${admin.user.id}`)
      .set(admin.auth)
      .set('x-request-id', requestId)
    expect(response.headers['x-request-id']).toBe(requestId)
    const [entry] = await auditRowsOf(t.db, 'user.read', admin.user.id)
    expect(entry?.requestId).toBe(requestId)
  })

  it('ignores a malformed client request id', async () => {
    const admin = await signedInUser(t)
    const response = await t
      .http()
      .get(`/api/v1/users/${admin.user.id}`)
      .set(admin.auth)
      .set('x-request-id', 'bad id; drop table')
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  })
})
