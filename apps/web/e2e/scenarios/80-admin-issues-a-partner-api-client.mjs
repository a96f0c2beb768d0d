// The admin issues Vilnius city municipality an API client: the secret is shown once, and the partner's
// system gets a token with it (the scenario plays that system with Node's fetch against the same server).
// After a rotation without overlap the old secret is refused at once; after revocation the new one too.
// Then the page on a phone in Lithuanian: nothing scrolls sideways and axe finds nothing serious.
import { checkAccessibility, checkNoSidewaysScroll } from '../axe.mjs'

const ADMIN = { email: 'admin@onestop.example', password: 'OneStop-demo-2026' }
const VILNIUS = 'Vilniaus miesto savivaldybė'

/** What the partner's system would do: ask for a token with its client credentials. */
const requestToken = async (origin, clientId, clientSecret) =>
  fetch(`${origin}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    }),
  })

const expectStatus = async (response, status, what) => {
  if (response.status !== status)
    throw new Error(`${what}: expected ${status}, got ${response.status} ${await response.text()}`)
}

/** Reads the client id and the secret off the dialog that shows them once, copying the secret, then closes it. */
const takeSecret = async (page, title) => {
  const dialog = page.getByRole('dialog', { name: title })
  await dialog.waitFor()
  await dialog.getByText('The secret is shown only now').waitFor()
  const values = dialog.locator('pre')
  const clientId = (await values.nth(0).textContent())?.trim() ?? ''
  const clientSecret = (await values.nth(1).textContent())?.trim() ?? ''
  if (!/^osc_/.test(clientId) || !/^oss_/.test(clientSecret))
    throw new Error(`the dialog shows "${clientId}" and "${clientSecret}"`)
  await dialog.getByRole('button', { name: 'Copy the secret' }).click()
  await dialog.getByRole('button', { name: 'Copied' }).waitFor()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  if (copied !== clientSecret) throw new Error('the copy button did not copy the secret')
  const close = dialog.getByRole('button', { name: 'Close' })
  if (await close.isEnabled()) throw new Error('the dialog closes before the copy is confirmed')
  await page.keyboard.press('Escape')
  if (!(await dialog.isVisible())) throw new Error('Escape closed the dialog before the copy was confirmed')
  await dialog.getByRole('checkbox', { name: /I have copied the secret/ }).check()
  await close.click()
  await dialog.waitFor({ state: 'detached' })
  if ((await page.getByText(clientSecret).count()) > 0) throw new Error('the secret is still on the page')
  return { clientId, clientSecret }
}

export default async function ({ page, step, signIn, signOut, fillSteadily }) {
  const origin = new URL(page.url()).origin
  const name = `VTAS integracija ${Date.now().toString().slice(-6)}`
  const section = page.getByRole('region', { name: VILNIUS, exact: true })
  const row = () => section.getByRole('row').filter({ hasText: name })
  let first = null
  let second = null

  await step('the admin signs in and opens Partner municipalities', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
    await page.goto('/')
    if (await page.getByRole('button', { name: 'Sign out' }).isVisible()) await signOut()
    await signIn(ADMIN)
    await page.getByRole('navigation').getByRole('link', { name: 'Partner municipalities' }).click()
    await page.waitForURL('**/partners')
    await page.getByRole('heading', { level: 1, name: 'Partner municipalities' }).waitFor()
    await section.getByText('Partnership live').waitFor()
  })

  await step(
    'the admin issues Vilnius city a client that may refer families, and sees its secret once',
    async () => {
      await section.getByRole('button', { name: `Issue an API client: ${VILNIUS}` }).click()
      const form = page.getByRole('dialog').getByRole('form', { name: 'New API client' })
      await fillSteadily(form.getByRole('textbox', { name: 'Name' }), name)
      await form.getByRole('checkbox', { name: 'referrals:write' }).check()
      await form.getByRole('checkbox', { name: 'referrals:read' }).check()
      await form.getByRole('button', { name: 'Issue the client' }).click()
      first = await takeSecret(page, 'API client issued')
      await row().getByText(first.clientId).waitFor()
      await row().getByText('Active').waitFor()
    },
  )

  await step("the municipality's system gets a token with the client's credentials", async () => {
    const response = await requestToken(origin, first.clientId, first.clientSecret)
    await expectStatus(response, 200, 'a token for the new client')
    const body = await response.json()
    if (typeof body.access_token !== 'string') throw new Error(`no access_token in ${JSON.stringify(body)}`)
  })

  await step('the admin rotates the secret without overlap: the old secret is refused at once', async () => {
    await row()
      .getByRole('button', { name: `Rotate secret: ${name}` })
      .click()
    const form = page.getByRole('dialog').getByRole('form', { name: 'Secret rotation' })
    await fillSteadily(form.getByRole('textbox', { name: /Hours the old secret keeps working/ }), '0')
    await form.getByRole('button', { name: 'Issue a new secret' }).click()
    second = await takeSecret(page, 'New secret issued')
    if (second.clientId !== first.clientId) throw new Error('the rotation changed the client id')
    await expectStatus(
      await requestToken(origin, first.clientId, first.clientSecret),
      401,
      'a token for the rotated-out secret',
    )
    await expectStatus(
      await requestToken(origin, second.clientId, second.clientSecret),
      200,
      'the new secret',
    )
  })

  await step('the admin revokes the client after being told it takes effect at once', async () => {
    await row()
      .getByRole('button', { name: `Revoke "${name}"` })
      .click()
    const dialog = page.getByRole('dialog', { name: `Revoke "${name}"?` })
    await dialog.getByText(/takes effect at once/).waitFor()
    await dialog.getByRole('button', { name: 'Revoke the client' }).click()
    await dialog.waitFor({ state: 'detached' })
    await row().getByText('Revoked', { exact: true }).waitFor()
    await expectStatus(
      await requestToken(origin, first.clientId, first.clientSecret),
      401,
      'the first secret after revocation',
    )
    await expectStatus(
      await requestToken(origin, second.clientId, second.clientSecret),
      401,
      'the new secret after revocation',
    )
  })

  await step(
    'on a phone in Lithuanian the page fits the screen, its tables scroll in their regions, axe passes',
    async () => {
      const phone = await page
        .context()
        .browser()
        .newContext({
          baseURL: origin,
          locale: 'lt-LT',
          viewport: { width: 390, height: 844 },
        })
      phone.setDefaultTimeout(15_000)
      try {
        const phonePage = await phone.newPage()
        await phonePage.goto('/sign-in')
        await phonePage.locator('input[type="email"]').fill(ADMIN.email)
        await phonePage.locator('input[type="password"]').fill(ADMIN.password)
        await phonePage.locator('button[type="submit"]').click()
        await phonePage.waitForURL((url) => !url.pathname.endsWith('/sign-in'))
        await phonePage.goto('/partners')
        await phonePage.getByRole('heading', { level: 1, name: 'Partnerės savivaldybės' }).waitFor()
        await phonePage.getByRole('region', { name: `API klientai: ${VILNIUS}` }).waitFor()
        await phonePage.waitForLoadState('networkidle')
        await checkNoSidewaysScroll(phonePage, 'on the partner municipalities page at 390 px')
        await checkAccessibility(phonePage, 'on the partner municipalities page at 390 px in LT')
        await phonePage.getByRole('button', { name: `Išduoti API klientą: ${VILNIUS}` }).click()
        await phonePage.getByRole('form', { name: 'Naujas API klientas' }).waitFor()
        await checkAccessibility(phonePage, 'in the issue form at 390 px in LT')
      } finally {
        await phone.close()
      }
    },
  )
}
