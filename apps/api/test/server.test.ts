import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const SERVER = fileURLToPath(new URL('../src/server.ts', import.meta.url))
const cleanups: (() => void)[] = []
afterAll(() => {
  for (const cleanup of cleanups) cleanup()
})

function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => {
    output += String(chunk)
  })
  child.stderr?.on('data', (chunk) => {
    output += String(chunk)
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  cleanups.push(() => child.kill('SIGKILL'))
  return { child, exited, output: () => output }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })

async function waitForHealth(port: number, child: ChildProcess) {
  for (let i = 0; i < 120 && child.exitCode === null; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('the server did not become healthy')
}

describe('server start-up', () => {
  it('refuses to start and names every bad variable', async () => {
    const server = startServer({ PORT: 'eighty', LOG_LEVEL: 'loud', MFA_REQUIRED_ROLES: 'admin,boss' })
    expect(await server.exited).toBe(1)
    expect(server.output()).toMatch(/PORT/)
    expect(server.output()).toMatch(/LOG_LEVEL/)
    expect(server.output()).toMatch(/MFA_REQUIRED_ROLES: unknown role "boss"/)
  })

  it('refuses to start in production with the default secret', async () => {
    const server = startServer({ NODE_ENV: 'production', DATABASE_URL: 'postgres://127.0.0.1:1/none' })
    expect(await server.exited).toBe(1)
    expect(server.output()).toMatch(/JWT_SECRET: production needs a secret of its own/)
  })

  it('starts on an empty embedded database with demo data, and shuts down gracefully on SIGTERM', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'onestop-server-'))
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const port = await freePort()
    const server = startServer({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    })
    await waitForHealth(port, server.child)
    const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@onestop.example', password: 'OneStop-demo-2026' }),
    })
    expect(login.status).toBe(200)
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(server.output()).toMatch(/shutting down/)
  }, 120_000)
})
