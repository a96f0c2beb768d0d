// The case manager's, the psychologist's (with the methodologies and their own certifications and trainings)
// and the accommodation officer's pages on a phone (390 and 360 px) and
// on a desktop, in Lithuanian and English: nothing scrolls sideways (the bed timeline and wide tables scroll
// inside their own named regions), a dialog fills the phone's screen and gives focus back when it closes, and
// axe finds nothing serious on any page.
import { checkAccessibility, checkNoSidewaysScroll } from '../axe.mjs'

const PASSWORD = 'OneStop-demo-2026'
const CASE_MANAGER = { who: 'the case manager', email: 'case.manager@onestop.example' }
const PSYCHOLOGIST = { who: 'the psychologist', email: 'specialist@onestop.example' }
const ACCOMMODATION_OFFICER = { who: 'the accommodation officer', email: 'accommodation@onestop.example' }

const PASSES = [
  { width: 390, height: 844, language: 'lt' },
  { width: 390, height: 844, language: 'en' },
  { width: 360, height: 740, language: 'lt' },
  { width: 1366, height: 768, language: 'lt' },
]
const ADD_GOAL = { lt: 'Pridėti tikslą', en: 'Add a goal' }
const REFER = { lt: 'Nukreipti į kitą organizaciją', en: 'Refer to another organisation' }
const SKIP = { lt: 'Pereiti prie pagrindinio turinio', en: 'Skip to the main content' }
const ACCOMMODATION = {
  lt: {
    facility: 'Apgyvendinimo vieta',
    place: 'Apgyvendinti šeimą',
    placeRequest: /^Apgyvendinti šeimą F-/,
    addFacility: 'Pridėti vietą',
    timeline: /: apgyvendinimai /,
    occupancy: /: užimtumas, /,
  },
  en: {
    facility: 'Facility',
    place: 'Place a family',
    placeRequest: /^Place the family F-/,
    addFacility: 'Add a facility',
    timeline: /: stays /,
    occupancy: /: occupancy, /,
  },
}
/** The crisis accommodation of the demo data (apps/api/src/db/demo-accommodation.ts) has residents tonight. */
const CRISIS_ACCOMMODATION = 'Krizinis apgyvendinimas'
const RESIDENT = /Indrė Kairienė/

/** Waits until the page has its data: a level-one heading and no request or loader still running. */
const settle = async (page) => {
  await page.getByRole('heading', { level: 1 }).first().waitFor()
  await page.waitForLoadState('networkidle')
  await page.locator('.mantine-Loader').first().waitFor({ state: 'hidden' })
}

/** The page fits the screen, passes axe, and the browser tab is titled after its heading. */
const check = async (page, where) => {
  await settle(page)
  await checkNoSidewaysScroll(page, where)
  await checkAccessibility(page, where)
  const heading = (await page.getByRole('heading', { level: 1 }).first().textContent())?.trim() ?? ''
  const title = await page.title()
  if (title !== `${heading} · One Stop`) throw new Error(`the tab is titled "${title}" ${where}`)
}

/** On a fresh page the first Tab reaches a link that skips the header and menu into the main content. */
const checkSkipLink = async (page, language, where) => {
  await page.reload()
  await settle(page)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: SKIP[language] })
  if (!(await skip.evaluate((element) => element === document.activeElement)))
    throw new Error(`the first Tab does not reach the skip link ${where}`)
  await page.keyboard.press('Enter')
  if (!(await page.locator('main').evaluate((element) => element === document.activeElement)))
    throw new Error(`the skip link does not move focus to the main content ${where}`)
}

/** Opens a page from the main menu by its address; on a phone the menu is behind the burger. */
const openNav = async (page, href) => {
  const burger = page.locator('header button.mantine-Burger-root')
  if (await burger.isVisible()) await burger.click()
  await page.getByRole('navigation').locator(`a[href="${href}"]`).click()
  await page.waitForURL((url) => url.pathname === href)
}

const signIn = async (page, email) => {
  await page.goto('/sign-in')
  await page.locator('input[type="email"]').fill(email)
  await page.locator('input[type="password"]').fill(PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'))
}

const chooseLanguage = async (page, language) => {
  await page.getByText(language.toUpperCase(), { exact: true }).click()
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language)
}

/** Every tab of the first family the user may open; on the plan, the goal dialog opened and closed. */
const walkFirstFamily = async (page, where, language) => {
  await openNav(page, '/families')
  await check(page, `on the families list ${where}`)
  const family = page.locator('main a[href^="/families/"]:not([href="/families/new"])').first()
  if ((await family.count()) === 0) return
  await family.click()
  await page.waitForURL(/\/families\/[0-9a-f-]{36}/)
  const tabs = page.getByRole('tab')
  const count = await tabs.count()
  for (let index = 0; index < count; index++) {
    const tab = tabs.nth(index)
    const name = (await tab.textContent()) ?? String(index)
    await tab.click()
    await check(page, `on the family's tab "${name}" ${where}`)
    const addGoal = page.getByRole('button', { name: ADD_GOAL[language] })
    if (await addGoal.isVisible()) await checkDialog(page, addGoal, where)
    const refer = page.getByRole('button', { name: REFER[language] })
    if (await refer.isVisible()) await checkDialog(page, refer, where)
  }
}

/** A dialog covers a phone's whole screen, passes axe, and gives focus back to its button when closed. */
const checkDialog = async (page, opener, where) => {
  await opener.click()
  const dialog = page.getByRole('dialog')
  await dialog.waitFor()
  const width = await page.locator('.mantine-Modal-content').evaluate((element) => element.clientWidth)
  const viewport = page.viewportSize()?.width ?? 0
  if (viewport < 500 && width < viewport)
    throw new Error(`the dialog is ${width} px wide on ${viewport} px ${where}`)
  await checkAccessibility(page, `in the dialog ${where}`)
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })
  if (!(await opener.evaluate((element) => element === document.activeElement)))
    throw new Error(`focus did not return to the dialog's button ${where}`)
}

/** Wide content scrolls inside a region of its own that the keyboard reaches, not the page. */
const checkScrollRegion = async (page, name, where) => {
  const region = page.getByRole('region', { name })
  if ((await region.getAttribute('tabindex')) !== '0')
    throw new Error(`the region ${name} cannot be reached by keyboard ${where}`)
  await region.getByRole('table').waitFor()
}

/**
 * Every tab of the accommodation page for the crisis accommodation; the placement dialog opened from the bed
 * board and from a waiting request, a stay's dialog from its bed, and the dialog adding a facility.
 */
const walkAccommodation = async (page, where, language) => {
  const words = ACCOMMODATION[language]
  await openNav(page, '/accommodation')
  await check(page, `on the accommodation page ${where}`)
  await page.getByRole('textbox', { name: words.facility }).click()
  await page.getByRole('option', { name: CRISIS_ACCOMMODATION, exact: true }).click()
  const tabs = page.getByRole('tab')
  const count = await tabs.count()
  for (let index = 0; index < count; index++) {
    const tab = tabs.nth(index)
    const name = (await tab.textContent()) ?? String(index)
    await tab.click()
    const on = `on the accommodation tab "${name}" ${where}`
    await check(page, on)
    const board = page.getByRole('button', { name: RESIDENT })
    if (await board.first().isVisible()) {
      await checkDialog(page, page.getByRole('button', { name: words.place, exact: true }), on)
      await checkDialog(page, board.first(), on)
    }
    if (await page.getByRole('table', { name: words.timeline }).isVisible())
      await checkScrollRegion(page, words.timeline, on)
    if (await page.getByRole('table', { name: words.occupancy }).isVisible())
      await checkScrollRegion(page, words.occupancy, on)
    const request = page.getByRole('button', { name: words.placeRequest })
    if (await request.first().isVisible()) await checkDialog(page, request.first(), on)
    const addFacility = page.getByRole('button', { name: words.addFacility })
    if (await addFacility.isVisible()) await checkDialog(page, addFacility, on)
  }
}

const PATHS = {
  [CASE_MANAGER.email]: async (page, where, language) => {
    await openNav(page, '/')
    await check(page, `on the home page ${where}`)
    await walkFirstFamily(page, where, language)
    await openNav(page, '/referrals')
    await check(page, `on the referral inbox ${where}`)
    await openNav(page, '/calendar')
    await check(page, `on the calendar ${where}`)
    await openNav(page, '/groups')
    await check(page, `on the groups ${where}`)
    await openNav(page, '/services')
    await check(page, `on the service catalogue ${where}`)
    await openNav(page, '/account')
    await check(page, `on the account page ${where}`)
  },
  [PSYCHOLOGIST.email]: async (page, where, language) => {
    await openNav(page, '/')
    await check(page, `on the home page ${where}`)
    await openNav(page, '/calendar')
    await check(page, `on the calendar ${where}`)
    await walkFirstFamily(page, where, language)
    await openNav(page, '/groups')
    await check(page, `on the groups ${where}`)
    await openNav(page, '/methodologies')
    await check(page, `on the methodology catalogue ${where}`)
    await page.locator('main a[href^="/methodologies/"]').first().click()
    await check(page, `on a methodology ${where}`)
    await openNav(page, '/my-certifications')
    await check(page, `on my certifications ${where}`)
    await openNav(page, '/my-trainings')
    await check(page, `on my trainings ${where}`)
    await openNav(page, '/account')
    await check(page, `on the account page ${where}`)
  },
  [ACCOMMODATION_OFFICER.email]: async (page, where, language) => {
    await openNav(page, '/')
    await check(page, `on the home page ${where}`)
    await walkAccommodation(page, where, language)
  },
}

export default async function ({ page: mainPage, step }) {
  const browser = mainPage.context().browser()
  const baseURL = new URL(mainPage.url()).origin
  for (const user of [CASE_MANAGER, PSYCHOLOGIST, ACCOMMODATION_OFFICER]) {
    const context = await browser.newContext({ baseURL, locale: 'lt-LT', viewport: PASSES[0] })
    context.setDefaultTimeout(15_000)
    const page = await context.newPage()
    try {
      await step(`${user.who} signs in on a phone`, async () => {
        await signIn(page, user.email)
        await check(page, 'on the home page after signing in at 390 px')
        await checkSkipLink(page, 'lt', 'at 390 px in Lithuanian')
      })
      for (const pass of PASSES) {
        const where = `at ${pass.width} px in ${pass.language === 'lt' ? 'Lithuanian' : 'English'}`
        await step(`${user.who}'s pages fit the screen and pass axe ${where}`, async () => {
          await page.setViewportSize({ width: pass.width, height: pass.height })
          await chooseLanguage(page, pass.language)
          await PATHS[user.email](page, where, pass.language)
        })
      }
    } finally {
      await context.close()
    }
  }
}
