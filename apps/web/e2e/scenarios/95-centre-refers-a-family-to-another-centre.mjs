// Between two centres of one deployment: the Vilnius case manager refers a mother and her child (not the father)
// to the Kretinga centre from the family's page. The Kretinga coordinator finds it in the inbox, accepts it
// into a new family with a case manager, and lands on that family, which shows the referral it came by.
// Back in Vilnius the referral shows as accepted, with the Kretinga case manager to call and its progress.
// Then both pages on a phone in English: nothing scrolls sideways and axe finds nothing serious.
import { checkAccessibility, checkNoSidewaysScroll } from '../axe.mjs'

const PASSWORD = 'OneStop-demo-2026'
const CASE_MANAGER = { email: 'case.manager@onestop.example', password: PASSWORD }
const KRETINGA_COORDINATOR = { email: 'koordinatore@kretinga-spc.example', password: PASSWORD }
const KRETINGA = 'Kretingos socialinių paslaugų centras'
const KRETINGA_CASE_MANAGER = 'Inga Mockienė'
const VILNIUS_CENTRE = 'SOS vaikų kaimų Lietuvos draugijos „Vieno langelio“ centras'

const call = async (origin, path, { token, body }) => {
  const response = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${text}`)
  return JSON.parse(text)
}

/** A family of the Vilnius case manager's own caseload: a mother, a father and a child. */
const vilniusFamily = async (origin, surname) => {
  const { accessToken, user } = await call(origin, '/api/v1/auth/login', { body: CASE_MANAGER })
  const member = (givenName, familyName, birthDate, gender, role) => ({
    givenName,
    familyName,
    birthDate,
    gender,
    role,
  })
  return call(origin, '/api/v1/families', {
    token: accessToken,
    body: {
      municipality: 'Vilniaus miesto savivaldybė',
      referralSource: 'self',
      riskFactors: ['abuse_and_violence'],
      caseManagerId: user.id,
      members: [
        member('Rima', `${surname}ienė`, '1989-05-06', 'woman', 'parent'),
        member('Darius', surname, '1986-01-02', 'man', 'parent'),
        member('Ugnė', `${surname}ytė`, '2017-08-09', 'woman', 'child'),
      ],
    },
  })
}

/** A phone-sized browser in English, signed in as `user`, for `walk`. */
const onPhoneInEnglish = async (page, { email, password }, walk) => {
  const phone = await page
    .context()
    .browser()
    .newContext({ baseURL: new URL(page.url()).origin, viewport: { width: 390, height: 844 } })
  phone.setDefaultTimeout(15_000)
  await phone.addInitScript(() => localStorage.setItem('onestop.language', 'en'))
  try {
    const phonePage = await phone.newPage()
    await phonePage.goto('/sign-in')
    await phonePage.getByLabel('E-mail').fill(email)
    await phonePage.getByLabel('Password').fill(password)
    await phonePage.getByRole('button', { name: 'Sign in' }).click()
    await phonePage.waitForURL((url) => !url.pathname.endsWith('/sign-in'))
    await walk(phonePage)
  } finally {
    await phone.close()
  }
}

const checkPhonePage = async (phonePage, where) => {
  await phonePage.waitForLoadState('networkidle')
  await checkNoSidewaysScroll(phonePage, `${where} at 390 px`)
  await checkAccessibility(phonePage, `${where} at 390 px in EN`)
}

const openReferralsTab = async (page, familyId) => {
  await page.goto(`/families/${familyId}?tab=referrals`)
  await page.getByRole('tab', { name: 'Referrals', selected: true }).waitFor()
}

export default async function ({ page, step, signIn, choose, fillSteadily }) {
  const origin = new URL(page.url()).origin
  const surname = `Perkelt${Date.now().toString().slice(-5)}`
  let family = null
  let kretingaFamilyPath = null

  await step('the Vilnius case manager refers the mother and child to the Kretinga centre', async () => {
    family = await vilniusFamily(origin, surname)
    await signIn(CASE_MANAGER)
    await openReferralsTab(page, family.id)
    await page.getByText('The family has not been referred to another organisation.').waitFor()
    await page.getByRole('button', { name: 'Refer to another organisation' }).click()
    const form = page.getByRole('form', { name: 'Refer the family to another organisation' })
    await choose(form, /Organisation/, `${KRETINGA} (Kretingos rajono savivaldybė)`)
    await form.getByRole('checkbox', { name: new RegExp(`Rima ${surname}ienė`) }).check()
    await form.getByRole('checkbox', { name: new RegExp(`Ugnė ${surname}ytė`) }).check()
    await form.getByRole('radio', { name: /Urgent/ }).check()
    await fillSteadily(
      form.getByRole('textbox', { name: /Reason for the referral/ }),
      'Mamai su dukra reikia saugaus būsto ir atvejo vadybos Kretingoje.',
    )
    await form.getByRole('checkbox', { name: /The family agreed/ }).check()
    await form.getByRole('button', { name: 'Refer', exact: true }).click()
    await form.waitFor({ state: 'detached' })
    const sent = page.getByRole('article', { name: KRETINGA })
    await sent.getByText('Waiting for an answer').waitFor()
    await sent.getByText('Referral received').waitFor()
  })

  await step('the Kretinga coordinator accepts it into a new family with a case manager', async () => {
    await signIn(KRETINGA_COORDINATOR)
    await page.getByRole('navigation').getByRole('link', { name: 'Referrals' }).click()
    const row = page
      .getByRole('table', { name: 'Waiting for an answer' })
      .getByRole('row')
      .filter({ hasText: family.referenceCode })
    await row.getByText('Urgent').waitFor()
    await row.getByRole('link', { name: VILNIUS_CENTRE }).click()
    await page.getByRole('heading', { level: 1, name: `Referral ${family.referenceCode}` }).waitFor()
    const persons = page.getByRole('region', { name: 'Referred persons' })
    await persons.getByText(`Rima ${surname}ienė`).waitFor()
    if (await persons.getByText(`Darius ${surname}`).isVisible())
      throw new Error('the father, who was not referred, reached the other centre')
    const form = page.getByRole('form', { name: 'Accept into a new family' })
    await choose(form, /Case manager/, KRETINGA_CASE_MANAGER)
    await form.getByRole('button', { name: 'Accept into a new family' }).click()
    await page.waitForURL(/\/families\/[0-9a-f-]{36}$/)
    kretingaFamilyPath = new URL(page.url()).pathname
    await page.getByRole('tab', { name: 'Referrals' }).click()
    const received = page.getByRole('article', { name: family.referenceCode })
    await received.getByText(VILNIUS_CENTRE).waitFor()
    await received.getByText('Accepted', { exact: true }).waitFor()
  })

  await step('back in Vilnius the referral is accepted, with the Kretinga case manager to call', async () => {
    await signIn(CASE_MANAGER)
    await openReferralsTab(page, family.id)
    const sent = page.getByRole('article', { name: KRETINGA })
    await sent.getByText('Accepted', { exact: true }).waitFor()
    await sent.getByText(KRETINGA_CASE_MANAGER).waitFor()
    await sent.getByText('Referral accepted').waitFor()
  })

  await step('on a phone in English both sides fit the screen and pass axe', async () => {
    await onPhoneInEnglish(page, KRETINGA_COORDINATOR, async (phonePage) => {
      await phonePage.goto(`${kretingaFamilyPath}?tab=referrals`)
      await phonePage.getByRole('article', { name: family.referenceCode }).waitFor()
      await checkPhonePage(phonePage, "on the family's referrals")
      await phonePage.getByRole('link', { name: family.referenceCode }).click()
      await phonePage.getByRole('heading', { level: 1, name: `Referral ${family.referenceCode}` }).waitFor()
      await phonePage.getByRole('region', { name: 'Progress' }).waitFor()
      await checkPhonePage(phonePage, 'on a referral')
    })
    await onPhoneInEnglish(page, CASE_MANAGER, async (phonePage) => {
      await phonePage.goto(`/families/${family.id}?tab=referrals`)
      await phonePage.getByRole('article', { name: KRETINGA }).waitFor()
      await checkPhonePage(phonePage, "on the family's sent referrals")
      await phonePage.getByRole('button', { name: 'Refer to another organisation' }).click()
      await phonePage.getByRole('form', { name: 'Refer the family to another organisation' }).waitFor()
      await checkPhonePage(phonePage, 'in the referral form')
    })
  })
}
