// Browser test: starts the real API (which serves the built web client) and drives Chromium through it.
// Run after `pnpm build`; prints `N passed, N failed` and exits non-zero on any failure.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const here = path.dirname(fileURLToPath(import.meta.url))
const webDir = path.resolve(here, '..')
const apiDir = path.resolve(webDir, '..', 'api')
const serverEntry = path.join(apiDir, 'src', 'server.ts')
const ADMIN = { email: 'admin@onestop.example', password: 'OneStop-demo-2026' }
const STARTUP_TIMEOUT_MS = 90_000
const STEP_TIMEOUT_MS = 15_000

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })

const startServer = async (port, dataDir) => {
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    cwd: apiDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: path.join(webDir, 'dist'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32',
  })
  let output = ''
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-8000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
  return { child, exited, output: () => output }
}

const waitForHealth = async (baseUrl, server) => {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  let exit = null
  server.exited.then((value) => {
    exit = value
  })
  while (Date.now() < deadline) {
    if (exit) throw new Error(`The API exited early (${JSON.stringify(exit)}):\n${server.output()}`)
    try {
      const response = await fetch(`${baseUrl}/api/health`)
      if (response.status === 200) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(
    `The API did not answer /api/health within ${STARTUP_TIMEOUT_MS / 1000} s:\n${server.output()}`,
  )
}

const stopServer = async (server) => {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return
  const kill = (signal) => {
    try {
      if (server.child.pid && process.platform !== 'win32') process.kill(-server.child.pid, signal)
      else server.child.kill(signal)
    } catch {
      // Already gone.
    }
  }
  kill('SIGTERM')
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 10_000))
  if ((await Promise.race([server.exited, timeout])) === 'timeout') {
    kill('SIGKILL')
    await server.exited
  }
}

const results = []
let page = null

const step = async (name, fn) => {
  const started = Date.now()
  try {
    await fn()
    results.push({ name, ok: true })
    console.log(`ok - ${name} (${Date.now() - started} ms)`)
  } catch (error) {
    results.push({ name, ok: false })
    console.log(
      `not ok - ${name}\n  ${String(error?.stack ?? error)
        .split('\n')
        .join('\n  ')}`,
    )
    if (page) {
      const file = path.join(tmpdir(), `onestop-e2e-${Date.now()}.png`)
      await page.screenshot({ path: file, fullPage: true }).then(
        () => console.log(`  screenshot: ${file}`),
        () => undefined,
      )
    }
    throw error
  }
}

const main = async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'onestop-e2e-data-'))
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  let server = null
  let browser = null
  try {
    await step('API starts and answers /api/health', async () => {
      server = await startServer(port, dataDir)
      await waitForHealth(baseUrl, server)
    })
    await step('Chromium starts', async () => {
      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      })
      const context = await browser.newContext({ baseURL: baseUrl, locale: 'lt-LT' })
      context.setDefaultTimeout(STEP_TIMEOUT_MS)
      page = await context.newPage()
    })
    await step('an anonymous visitor lands on the sign-in page (Lithuanian)', async () => {
      await page.goto('/')
      await page.waitForURL('**/sign-in')
      await page.getByRole('button', { name: 'Prisijungti' }).waitFor()
      const lang = await page.evaluate(() => document.documentElement.lang)
      if (lang !== 'lt') throw new Error(`<html lang> is ${lang}, expected lt`)
    })
    await step('the admin signs in and is greeted on the home page', async () => {
      await page.getByLabel('El. paštas').fill(ADMIN.email)
      await page.getByLabel('Slaptažodis').fill(ADMIN.password)
      await page.getByRole('button', { name: 'Prisijungti' }).click()
      await page.waitForURL((url) => url.pathname === '/')
      await page.getByRole('heading', { level: 1, name: /^Sveiki, .+!$/ }).waitFor()
    })
    await step('the language switch turns the page into English', async () => {
      await page.getByText('EN', { exact: true }).click()
      await page.getByRole('heading', { level: 1, name: /^Hello, .+!$/ }).waitFor()
      await page.getByRole('link', { name: 'My account' }).waitFor()
      const lang = await page.evaluate(() => document.documentElement.lang)
      if (lang !== 'en') throw new Error(`<html lang> is ${lang}, expected en`)
    })
    await step('the session survives a reload (silent refresh) and the language is remembered', async () => {
      await page.reload()
      await page.getByRole('heading', { level: 1, name: /^Hello, .+!$/ }).waitFor()
    })
    await step('Users lists the admin', async () => {
      await page.getByRole('link', { name: 'Users' }).click()
      await page.waitForURL('**/users')
      await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor()
      await page.getByRole('cell', { name: ADMIN.email }).waitFor()
    })
    await step('Audit log shows the sign-in', async () => {
      await page.getByRole('link', { name: 'Audit log' }).click()
      await page.waitForURL('**/audit')
      await page
        .getByRole('cell', { name: /^auth\.login/ })
        .first()
        .waitFor()
    })
    await step('the API explorer loads at /docs', async () => {
      await page.goto('/docs')
      await page.locator('.swagger-ui .info .title').first().waitFor()
      await page.locator('.opblock').first().waitFor()
    })
    await step('signing out lands on the sign-in page', async () => {
      await page.goto('/')
      await page.getByRole('heading', { level: 1, name: /^Hello, .+!$/ }).waitFor()
      await page.getByRole('button', { name: 'Sign out' }).click()
      await page.waitForURL('**/sign-in')
      await page.getByRole('button', { name: 'Sign in' }).waitFor()
      await page.reload()
      await page.getByRole('button', { name: 'Sign in' }).waitFor()
      if (!page.url().endsWith('/sign-in')) throw new Error(`after a reload the page is ${page.url()}`)
    })
  } catch {
    // Reported by step(); the remaining steps depend on the failed one.
  } finally {
    await browser?.close().catch(() => undefined)
    await stopServer(server)
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
const passed = results.filter((r) => r.ok).length
const failed = results.length - passed
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed > 0 || passed === 0 ? 1 : 0
