// A partner municipality's system refers a family (the scenario plays it with Node's fetch: the admin issues it
// a client, it gets a token and sends the referral). The intake worker sees it in the inbox with the time left
// to answer, opens it and accepts it into a new family, landing on the family's page.
// Then the inbox on a phone in Lithuanian: nothing scrolls sideways and axe finds nothing serious.
import { checkAccessibility, checkNoSidewaysScroll } from '../axe.mjs'

const PASSWORD = 'OneStop-demo-2026'
const ADMIN = { email: 'admin@onestop.example', password: PASSWORD }
const INTAKE = { email: 'intake@onestop.example', password: PASSWORD }
const VILNIUS = 'Vilniaus miesto savivaldybė'

const call = async (origin, path, { token, body, method = 'POST', headers = {} } = {}) => {
  const response = await fetch(`${origin}${path}`, {
    method,
    headers: {
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
  return JSON.parse(text)
}

/** The municipality's system: a client issued by the centre's admin, and a token for it. */
const partnerToken = async (origin) => {
  const { accessToken } = await call(origin, '/api/v1/auth/login', { body: ADMIN })
  const { items } = await call(origin, '/api/v1/partners', { method: 'GET', token: accessToken })
  const vilnius = items.find((municipality) => municipality.name === VILNIUS)
  if (!vilnius) throw new Error(`${VILNIUS} is not a partner municipality of the demo centre`)
  const issued = await call(origin, `/api/v1/partners/${vilnius.id}/clients`, {
    token: accessToken,
    body: { name: `VTAS e2e ${Date.now()}`, scopes: ['referrals:write', 'referrals:read'] },
  })
  const token = await call(origin, '/api/v1/auth/token', {
    body: {
      grant_type: 'client_credentials',
      client_id: issued.client.clientId,
      client_secret: issued.clientSecret,
    },
  })
  return token.access_token
}

const refer = (origin, token, partnerReference, urgency) =>
  call(origin, '/api/v1/referrals', {
    token,
    headers: { 'Idempotency-Key': partnerReference },
    body: {
      partnerReference,
      reason: 'Vaikas nelanko mokyklos, tėvai konfliktuoja skyrybų metu.',
      urgency,
      riskFactors: ['high_conflict_separation'],
      consentConfirmed: true,
      consentNote: 'Mama sutikimą pasirašė.',
      members: [
        {
          givenName: 'Aistė',
          familyName: 'Referavičienė',
          birthDate: '1987-02-03',
          gender: 'woman',
          role: 'parent',
        },
        {
          givenName: 'Jokūbas',
          familyName: 'Referavičius',
          birthDate: '2015-06-07',
          gender: 'man',
          role: 'child',
        },
      ],
    },
  })

export default async function ({ page, step, signIn, signOut }) {
  const origin = new URL(page.url()).origin
  const stamp = Date.now().toString().slice(-7)
  const reference = `VTAS-E2E-${stamp}`
  let token = null

  await step("the municipality's system refers a family to the centre", async () => {
    token = await partnerToken(origin)
    await refer(origin, token, reference, 'urgent')
  })

  await step('the intake worker sees it in the inbox with the time left to answer', async () => {
    await page.goto('/')
    if (await page.getByRole('button', { name: 'Sign out' }).isVisible()) await signOut()
    await signIn(INTAKE)
    await page.getByRole('navigation').getByRole('link', { name: 'Referrals' }).click()
    await page.waitForURL('**/referrals')
    await page.getByRole('heading', { level: 1, name: 'Incoming referrals' }).waitFor()
    const row = page
      .getByRole('table', { name: 'Waiting for an answer' })
      .getByRole('row')
      .filter({ hasText: reference })
    await row.getByText('Urgent').waitFor()
    await row.getByText(/^answer within (\d+ h )?\d+ min$|^answer within \d+ h$/).waitFor()
    await row.getByRole('link', { name: VILNIUS }).click()
  })

  await step('the intake worker opens it and accepts it into a new family', async () => {
    await page.getByRole('heading', { level: 1, name: `Referral ${reference}` }).waitFor()
    const persons = page.getByRole('region', { name: 'Referred persons' })
    await persons.getByText('Aistė Referavičienė').waitFor()
    const form = page.getByRole('form', { name: 'Accept into a new family' })
    await form.getByRole('button', { name: 'Accept into a new family' }).click()
    await page.waitForURL(/\/families\/[0-9a-f-]{36}$/)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.getByText('Aistė Referavičienė').first().waitFor()
  })

  await step(
    'on a phone in Lithuanian the inbox fits the screen, its table scrolls in its region, axe passes',
    async () => {
      await refer(origin, token, `${reference}-B`, 'routine')
      const phone = await page
        .context()
        .browser()
        .newContext({ baseURL: origin, locale: 'lt-LT', viewport: { width: 390, height: 844 } })
      phone.setDefaultTimeout(15_000)
      try {
        const phonePage = await phone.newPage()
        await phonePage.goto('/sign-in')
        await phonePage.locator('input[type="email"]').fill(INTAKE.email)
        await phonePage.locator('input[type="password"]').fill(INTAKE.password)
        await phonePage.locator('button[type="submit"]').click()
        await phonePage.waitForURL((url) => !url.pathname.endsWith('/sign-in'))
        await phonePage.goto('/referrals')
        await phonePage.getByRole('heading', { level: 1, name: 'Gauti nukreipimai' }).waitFor()
        const region = phonePage.getByRole('region', { name: 'Laukia atsakymo' })
        await region.getByText(`${reference}-B`).waitFor()
        await region
          .getByText(/^atsakyti per /)
          .first()
          .waitFor()
        await phonePage.waitForLoadState('networkidle')
        await checkNoSidewaysScroll(phonePage, 'on the referral inbox at 390 px')
        await checkAccessibility(phonePage, 'on the referral inbox at 390 px in LT')
      } finally {
        await phone.close()
      }
    },
  )
}
