// Browser test: starts the real API (which serves the built web client) and drives Chromium through it.
// Run after `pnpm build`; prints `N passed, N failed` and exits non-zero on any failure.
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { checkAfterStep } from './axe.mjs'
import { INITIAL_JS_BUDGET_KB, reportBudget } from './bundle-budget.mjs'
import { pad, vilniusDay } from './vilnius-days.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const webDir = path.resolve(here, '..')
// E2E_API_DIR runs another checkout of the API (e.g. while the working tree's API is mid-change).
const apiDir = process.env.E2E_API_DIR
  ? path.resolve(process.env.E2E_API_DIR)
  : path.resolve(webDir, '..', 'api')
const serverEntry = path.join(apiDir, 'src', 'server.ts')
const ADMIN = { email: 'admin@onestop.example', password: 'OneStop-demo-2026' }
const CASE_MANAGER = { email: 'case.manager@onestop.example', password: 'OneStop-demo-2026' }
const OTHER_CASE_MANAGER = { email: 'lina.baranauskiene@onestop.example', password: 'OneStop-demo-2026' }
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

// The page is in English from the language step on (the choice is remembered).
const signIn = async ({ email, password }) => {
  // Each page load asks /auth/refresh, which is rate-limited per address like sign-ins: after signing out the
  // sign-in page is already there.
  if (!new URL(page.url()).pathname.endsWith('/sign-in')) await page.goto('/sign-in')
  // While the refresh cookie restores a session, /sign-in shows a loader and then sends that user home:
  // wait for one or the other, and sign the previous user out first.
  const signOutButton = page.getByRole('button', { name: 'Sign out' })
  await page.getByLabel('E-mail').or(signOutButton).waitFor()
  if (await signOutButton.isVisible()) await signOut()
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  // Signing in returns to the page last shown, which may be the previous user's.
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'))
  await page.goto('/')
  await page.getByRole('heading', { level: 1, name: /^Hello, .+!$/ }).waitFor()
}

const signOut = async () => {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.waitForURL('**/sign-in')
}

// Fills a field and checks it kept the value: a page that re-renders right after navigation can drop input.
const fillSteadily = async (field, value) => {
  for (let attempt = 0; attempt < 5; attempt++) {
    await field.fill(value)
    await new Promise((resolve) => setTimeout(resolve, 150))
    if ((await field.inputValue()) === value) return
  }
  throw new Error(`the field did not keep the value ${value}`)
}

/** Picks an option of a Mantine Select, by keyboard-free clicks as a user would. */
const choose = async (scope, label, option) => {
  await scope.getByRole('textbox', { name: label }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

const results = []
let page = null

const step = async (name, fn) => {
  const started = Date.now()
  try {
    await fn()
    await checkAfterStep(page, name)
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

/**
 * Further paths live in e2e/scenarios/*.mjs, each exporting a default async function that gets the page and
 * the helpers above; they run in file-name order after the case manager's path, signed out.
 * E2E_SCENARIOS=20,70 runs only the scenarios whose file names start so, without the case manager's path:
 * for working on one scenario; CI runs them all.
 */
const chosenScenarios = process.env.E2E_SCENARIOS?.split(',').map((prefix) => prefix.trim())

const loadScenarios = async () => {
  const dir = path.join(here, 'scenarios')
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.mjs'))
    .filter((file) => !chosenScenarios || chosenScenarios.some((prefix) => file.startsWith(prefix)))
    .sort()
  return Promise.all(files.map(async (file) => (await import(path.join(dir, file))).default))
}

const caseManagerPath = async () => {
  const surname = `Testauskai${Date.now().toString().slice(-6)}`
  const childName = '<b>Jonas</b>'
  let familyUrl = ''
  let reference = ''
  await step('the case manager signs in and opens Families', async () => {
    await signIn(CASE_MANAGER)
    await page.getByRole('heading', { name: 'My caseload' }).waitFor()
    await page.getByRole('navigation').getByRole('link', { name: 'Families' }).click()
    await page.waitForURL('**/families')
    await page.getByRole('heading', { level: 1, name: 'Families' }).waitFor()
  })
  await step('the case manager takes in a family with two members through the stepper', async () => {
    await page.getByRole('link', { name: 'Take in a family' }).click()
    await page.waitForURL('**/families/new')
    await choose(page, 'Municipality', 'Kretingos rajono savivaldybė')
    await choose(page, 'Referred by', 'Child rights protection service')
    await page.getByLabel('Violence or danger to a child reported').check()
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByLabel('High-conflict separation').check()
    await page.getByLabel('Families in crisis').check()
    await page.getByRole('button', { name: 'Next' }).click()
    const parent = page.getByRole('group', { name: 'Member 1' })
    await parent.getByLabel('Given name').fill('Asta')
    await parent.getByLabel('Family name').fill(surname)
    await parent.getByLabel('Birth date').fill('1988-04-12')
    await choose(parent, 'Gender', 'Woman')
    await choose(parent, 'Role in the family', 'Parent')
    await page.getByRole('button', { name: 'Add a member' }).click()
    const child = page.getByRole('group', { name: 'Member 2' })
    await child.getByLabel('Given name').fill(childName)
    await child.getByLabel('Family name').fill(surname)
    await child.getByLabel('Birth date').fill('2016-09-03')
    await choose(child, 'Gender', 'Man')
    await choose(child, 'Role in the family', 'Child')
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByText(`Asta ${surname}`).waitFor()
    await page.getByRole('button', { name: 'Take in the family' }).click()
    await page.waitForURL(/\/families\/[0-9a-f-]{36}$/)
    familyUrl = new URL(page.url()).pathname
    const heading = page.getByRole('heading', { level: 1, name: /^F-\d{4}-\d+$/ })
    await heading.waitFor()
    reference = (await heading.textContent()) ?? ''
  })
  await step('the family page lists both members, names shown literally', async () => {
    await page.getByRole('cell', { name: `Asta ${surname}`, exact: true }).waitFor()
    await page.getByRole('cell', { name: `${childName} ${surname}`, exact: true }).waitFor()
    if ((await page.locator('td b').count()) > 0) throw new Error('a typed name was rendered as HTML')
  })
  await step('the case manager moves the family from intake to active', async () => {
    await page.getByRole('tab', { name: 'Status' }).click()
    await page.getByRole('button', { name: 'Start case management' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Start case management' }).click()
    await page.getByRole('button', { name: 'Close the case' }).waitFor()
  })
  await step('the case manager records a needs assessment with two items', async () => {
    await page.getByRole('tab', { name: 'Assessment' }).click()
    await page.getByRole('button', { name: 'Record an assessment' }).click()
    await page.getByLabel('Strengths').fill('Mama labai stengiasi ir myli vaikus.')
    await page.getByRole('button', { name: 'Add a row: Safety' }).click()
    const safety = page.getByRole('group', { name: 'Safety' })
    await safety.getByRole('textbox', { name: 'Item' }).fill('Vaiko saugumas namuose')
    await choose(safety, 'Rating', 'Mild')
    await page.getByRole('button', { name: 'Add a row: Housing' }).click()
    const housing = page.getByRole('group', { name: 'Housing' })
    await housing.getByRole('textbox', { name: 'Item' }).fill('Būsto sąlygos')
    await choose(housing, 'Rating', 'Severe')
    await page.getByRole('button', { name: 'Sign and save' }).click()
    await page.getByRole('cell', { name: 'Vaiko saugumas namuose' }).waitFor()
    await page.getByRole('cell', { name: 'Būsto sąlygos' }).waitFor()
  })
  await step('the case manager adds a plan goal, responsible from the case team', async () => {
    await page.getByRole('tab', { name: 'Plan' }).click()
    await page.getByRole('button', { name: 'Add a goal' }).click()
    const dialog = page.getByRole('dialog')
    await choose(dialog, 'Area', 'Parenting')
    await dialog.getByLabel('Description').fill('Tėvai susitaria dėl bendravimo tvarkos.')
    await dialog.getByRole('textbox', { name: 'Responsible' }).click()
    await page.getByRole('option').first().click()
    // A target ahead of today whatever day the tests run: a past one would ask for a confirmation.
    const target = vilniusDay(90)
    await dialog.getByLabel('Target date').fill(`${target.year}-${pad(target.month)}-${pad(target.day)}`)
    await dialog.getByRole('button', { name: 'Save' }).click()
    await page.getByRole('cell', { name: 'Tėvai susitaria dėl bendravimo tvarkos.', exact: true }).waitFor()
  })
  await step('a half-written note is guarded on switching tabs and survives reloading the page', async () => {
    await page.getByRole('tab', { name: 'Notes' }).click()
    const note = page.getByRole('textbox', { name: 'Write a note' })
    await note.fill('Mama <i>paskambino</i>')
    await page.getByRole('tab', { name: 'Members' }).click()
    const ask = page.getByRole('dialog', { name: 'Leave without saving?' })
    await ask.getByRole('button', { name: 'Stay on the form' }).click()
    await ask.waitFor({ state: 'detached' })
    if ((await note.inputValue()) !== 'Mama <i>paskambino</i>')
      throw new Error('the note was lost on a tab switch')
    // Leaving with unsaved changes asks first (beforeunload); this reload means to leave.
    const leave = (dialog) => void dialog.accept()
    page.on('dialog', leave)
    await page.reload()
    page.off('dialog', leave)
    await page.getByText(/^Restored your unsaved draft from/).waitFor()
    if ((await note.inputValue()) !== 'Mama <i>paskambino</i>') throw new Error('the note was lost on reload')
  })
  await step('the case manager writes a team note', async () => {
    await page.getByRole('tab', { name: 'Notes' }).click()
    await page.getByRole('textbox', { name: 'Write a note' }).fill('Mama <i>paskambino</i> dėl susitikimo.')
    await page.getByRole('button', { name: 'Save the note' }).click()
    await page.getByText('Mama <i>paskambino</i> dėl susitikimo.').waitFor()
    // The list may show the note a moment before the form empties itself.
    const box = await page.getByRole('textbox', { name: 'Write a note' }).elementHandle()
    await page
      .waitForFunction((textarea) => textarea.value === '', box)
      .catch(() => {
        throw new Error('the saved note stayed in the box, ready to be saved twice')
      })
    if ((await page.getByRole('button', { name: /delete/i }).count()) > 0)
      throw new Error('a delete control is offered')
  })
  await step("the case manager records the parent's consent to share with the municipality", async () => {
    await page.getByRole('tab', { name: 'Consents' }).click()
    await page.getByText('Data may not be shared with the referring municipality').waitFor()
    await page
      .getByRole('button', { name: `Record consent: Asta ${surname}, Sharing with the municipality` })
      .click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Gives consent').check()
    await dialog.getByRole('button', { name: 'Save' }).click()
    await page.getByText('Data may be shared with the referring municipality').waitFor()
  })
  await step('the Timeline tab shows the assessment, goal, note and consent', async () => {
    await page.getByRole('tab', { name: 'Timeline' }).click()
    await page.getByText(/^Needs assessment recorded/).waitFor()
    await page.getByText('Plan goal added (Parenting): Tėvai susitaria dėl bendravimo tvarkos.').waitFor()
    await page.getByText('Case note written (Team)').waitFor()
    await page.getByText(`Asta ${surname} gave consent: Sharing with the municipality`).waitFor()
    await page.getByRole('tab', { name: 'Status' }).click()
  })
  await step('closing asks for a reason and an outcome, then the family is closed', async () => {
    await page.getByRole('button', { name: 'Close the case' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Close the case' }).click()
    if ((await dialog.getByText('Required').count()) !== 2)
      throw new Error('expected two required-field errors')
    await dialog.getByLabel('Closing reason').fill('Tikslai pasiekti')
    await dialog.getByLabel('Outcome summary').fill('Tėvai susitarė dėl bendravimo su vaikais tvarkos.')
    await dialog.getByRole('button', { name: 'Close the case' }).click()
    await page.getByRole('button', { name: 'Reopen the case' }).waitFor()
    await page.getByText('Closed', { exact: true }).first().waitFor()
  })
  await step('another case manager does not see the family in the list', async () => {
    await signOut()
    await signIn(OTHER_CASE_MANAGER)
    await page.getByRole('navigation').getByRole('link', { name: 'Families' }).click()
    await page.getByRole('heading', { level: 1, name: 'Families' }).waitFor()
    await page.getByRole('searchbox', { name: 'Search' }).fill(reference)
    await page.getByText('No families found').waitFor()
    if ((await page.getByRole('link', { name: reference }).count()) > 0)
      throw new Error('the family is listed')
  })
  await step(
    "another case manager opening the family's address is told it is not found or not theirs",
    async () => {
      await page.goto(familyUrl)
      await page.getByText('Family not found, or you have no access').waitFor()
      await page.getByRole('button', { name: 'Emergency access' }).waitFor()
      if ((await page.getByText(surname).count()) > 0) throw new Error("the family's members are shown")
    },
  )
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
        .getByRole('cell', { name: / signed in$/ })
        .first()
        .waitFor()
    })
    await step('the API explorer loads at /docs', async () => {
      // Swagger UI parses the whole document (every operation with its schemas and examples) before it draws:
      // on a busy 2-core machine that alone took over 15 s.
      const drawn = { timeout: 4 * STEP_TIMEOUT_MS }
      await page.goto('/docs')
      await page.locator('.swagger-ui .info .title').first().waitFor(drawn)
      await page.locator('.opblock').first().waitFor(drawn)
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
    if (!chosenScenarios) await caseManagerPath()
    for (const scenario of await loadScenarios())
      await scenario({ page, step, signIn, signOut, choose, fillSteadily })
  } catch {
    // Reported by step(); the remaining steps depend on the failed one.
  } finally {
    await browser?.close().catch(() => undefined)
    await stopServer(server)
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await step(`the initial JavaScript is within ${INITIAL_JS_BUDGET_KB} kB gzipped`, async () => {
  if (!reportBudget(path.join(webDir, 'dist'))) throw new Error('over budget: see the figures above')
}).catch(() => undefined)
await main()
const passed = results.filter((r) => r.ok).length
const failed = results.length - passed
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed > 0 || passed === 0 ? 1 : 0
