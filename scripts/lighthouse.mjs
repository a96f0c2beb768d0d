// Lighthouse performance of the built client as the API serves it: the sign-in page, and the families list
// signed in as the demo case manager, with Lighthouse's mobile and desktop presets, median of three runs.
// Run `pnpm bench:web` (builds first); uses Debian's Chromium (CHROME_PATH to use another). Not part of CI:
// the scores depend on the machine.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const apiDir = path.join(root, 'apps', 'api')
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium'
const CASE_MANAGER = { email: 'case.manager@onestop.example', password: 'OneStop-demo-2026' }
const RUNS = 3
const PRESETS = { mobile: undefined, desktop: desktopConfig }

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

/** Starts a child process and resolves once a line of its output matches `ready`. */
const startProcess = (command, args, options, ready) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const listen = (chunk) => {
      output += chunk.toString()
      const match = ready && output.match(ready)
      if (match) resolve({ child, match })
    }
    child.stdout.on('data', listen)
    child.stderr.on('data', listen)
    child.once('exit', (code) => reject(new Error(`${command} exited (${code}):\n${output.slice(-4000)}`)))
    if (!ready) resolve({ child })
  })

const waitForHealth = async (baseUrl) => {
  for (let attempt = 0; attempt < 180; attempt++) {
    const answer = await fetch(`${baseUrl}/api/health`).catch(() => undefined)
    if (answer?.status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('the API did not answer /api/health within 90 s')
}

/** A fresh session each time: the client rotates the refresh token on start, and a reused one ends the session. */
const refreshCookie = async (baseUrl) => {
  const answer = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(CASE_MANAGER),
  })
  if (answer.status !== 200) throw new Error(`sign-in failed: ${answer.status} ${await answer.text()}`)
  const cookie = answer.headers.getSetCookie().find((value) => value.startsWith('onestop_refresh='))
  if (!cookie) throw new Error('sign-in set no refresh cookie')
  return cookie.split(';')[0]
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const measure = async (url, chromePort, config, cookie) => {
  const result = await lighthouse(
    url,
    {
      port: chromePort,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    },
    config,
  )
  const { categories, audits, finalDisplayedUrl, runtimeError } = result.lhr
  if (runtimeError) throw new Error(`${url}: ${runtimeError.code} ${runtimeError.message}`)
  if (!finalDisplayedUrl.startsWith(url)) throw new Error(`${url} ended at ${finalDisplayedUrl}`)
  return {
    score: Math.round(categories.performance.score * 100),
    fcp: audits['first-contentful-paint'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    bytes: audits['total-byte-weight'].numericValue,
    // Lighthouse's measure of this machine's speed: scores from a busy machine are not comparable with an idle one.
    benchmarkIndex: result.lhr.environment.benchmarkIndex,
  }
}

const main = async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'onestop-lighthouse-'))
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const processes = []
  try {
    const api = await startProcess(
      process.execPath,
      ['--import', 'tsx', path.join(apiDir, 'src', 'server.ts')],
      {
        cwd: apiDir,
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          LOG_LEVEL: 'warn',
          WEB_DIST_DIR: path.join(root, 'apps', 'web', 'dist'),
        },
      },
    )
    processes.push(api.child)
    await waitForHealth(baseUrl)
    const chrome = await startProcess(
      CHROME,
      [
        '--headless=new',
        '--no-sandbox',
        '--remote-debugging-port=0',
        `--user-data-dir=${path.join(dataDir, 'chrome')}`,
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
      ],
      {},
      /DevTools listening on ws:\/\/[^:]+:(\d+)\//,
    )
    processes.push(chrome.child)
    const chromePort = Number(chrome.match[1])

    const pages = [
      { name: 'sign-in', url: `${baseUrl}/sign-in`, signedIn: false },
      { name: 'families list', url: `${baseUrl}/families`, signedIn: true },
    ]
    const rows = []
    for (const page of pages)
      for (const [preset, config] of Object.entries(PRESETS)) {
        const runs = []
        for (let run = 0; run < RUNS; run++)
          runs.push(
            await measure(page.url, chromePort, config, page.signedIn && (await refreshCookie(baseUrl))),
          )
        const row = {
          page: page.name,
          preset,
          score: median(runs.map((r) => r.score)),
          scores: runs.map((r) => r.score).join(' '),
          'FCP ms': Math.round(median(runs.map((r) => r.fcp))),
          'LCP ms': Math.round(median(runs.map((r) => r.lcp))),
          'TBT ms': Math.round(median(runs.map((r) => r.tbt))),
          'transferred kB': Math.round(median(runs.map((r) => r.bytes)) / 1000),
          'benchmark index': Math.round(median(runs.map((r) => r.benchmarkIndex))),
        }
        console.log(JSON.stringify(row))
        rows.push(row)
      }
    console.table(rows)
    console.log(
      `load average ${loadavg()
        .map((value) => value.toFixed(1))
        .join(' ')}`,
    )
  } finally {
    for (const child of processes.reverse()) child.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 1000))
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
