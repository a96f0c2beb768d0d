// The coordinator plans an eight-session parenting group of two places, fills it with a waitlist, withdraws
// someone so the first in line moves up, and takes attendance of the first session.
import { pickDateTime } from '../date-pickers.mjs'
import { addSession, enrol, takeAttendance } from '../group-steps.mjs'
import { firstDay, lastWorkingDay } from '../vilnius-days.mjs'

const COORDINATOR = { email: 'coordinator@onestop.example', password: 'OneStop-demo-2026' }

const FACILITATOR = 'Ieva Kavaliauskienė'
/** The first Monday at least a week ahead: the whole series lies in the future. */
const mondayAhead = () => firstDay(7, 1, (day) => day.weekday === 1)

export default async function ({ page, step, signIn, signOut, fillSteadily }) {
  const title = `Parenting skills group ${Date.now().toString().slice(-6)}`
  const monday = mondayAhead()
  const past = lastWorkingDay()

  await step('the coordinator signs in and opens Groups', async () => {
    await page.goto('/')
    if (await page.getByRole('button', { name: 'Sign out' }).isVisible()) await signOut()
    await signIn(COORDINATOR)
    await page.getByRole('navigation').getByRole('link', { name: 'Groups' }).click()
    await page.waitForURL('**/groups')
    await page.getByRole('heading', { level: 1, name: 'Group programmes' }).waitFor()
  })

  await step('the coordinator plans an eight-session weekly parenting group of two places', async () => {
    await page.getByRole('link', { name: 'New group' }).click()
    await page.waitForURL('**/groups/new')
    await page.getByRole('textbox', { name: 'Service' }).click()
    await page.getByRole('option', { name: 'Parenting skills group', exact: true }).click()
    await fillSteadily(page.getByRole('textbox', { name: 'Title' }), title)
    await page.getByRole('textbox', { name: 'Room' }).click()
    await page.getByRole('option', { name: /^Grupių salė/ }).click()
    await fillSteadily(page.getByRole('textbox', { name: 'Capacity' }), '2')
    await page.getByRole('textbox', { name: 'Facilitators' }).click()
    await page.getByRole('option', { name: new RegExp(FACILITATOR) }).click()
    await page.keyboard.press('Escape')
    await pickDateTime(page, page, 'First session', monday, '14:00')
    if ((await page.getByRole('textbox', { name: 'Number of sessions' }).inputValue()) !== '8')
      throw new Error('the series is not eight sessions')
    await page.getByRole('button', { name: 'Plan the group' }).click()
    await page.waitForURL(/\/groups\/[0-9a-f-]{36}$/)
    await page.getByRole('heading', { level: 1, name: title }).waitFor()
    await page.getByText('0 of 2 places taken').waitFor()
    const sessions = page.getByRole('tabpanel').getByRole('row')
    if ((await sessions.count()) !== 9)
      throw new Error(`expected 8 sessions, saw ${(await sessions.count()) - 1}`)
  })

  await step('three persons are enrolled: two take the places, the third waits at position 1', async () => {
    await page.getByRole('tab', { name: 'Enrolments and waitlist' }).click()
    await enrol(page, 'Petrausk', 'Asta Petrauskienė')
    await enrol(page, 'Petrausk', 'Tomas Petrauskas')
    await enrol(page, 'Kair', 'Indrė Kairienė')
    await page.getByRole('heading', { name: 'Enrolled (2 of 2)' }).waitFor()
    const waitlist = page.getByRole('table', { name: 'Waitlist' })
    await waitlist.getByRole('row').filter({ hasText: 'Indrė Kairienė' }).getByLabel('Position 1').waitFor()
    await page.getByText('2 of 2 places taken').waitFor()
  })

  await step('withdrawing a participant gives the place to the first on the waitlist', async () => {
    await page.getByRole('button', { name: 'Withdraw: Asta Petrauskienė' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Šeima persikėlė į kitą miestą.')
    await dialog.getByRole('button', { name: 'Withdraw from the group' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: 'Asta Petrauskienė withdrawn; Indrė Kairienė got the place.' })
      .first()
      .waitFor()
    const enrolled = page.getByRole('table', { name: 'Enrolled' })
    await enrolled.getByRole('row').filter({ hasText: 'Indrė Kairienė' }).waitFor()
    await page.getByText('Nobody is waiting.').waitFor()
  })

  await step('a session that has already started is added, and its attendance is taken', async () => {
    // The series lies in the future; attendance needs a session that has begun.
    await addSession(page, fillSteadily, past, '08:00', 60)
    await takeAttendance(page, [
      ['Tomas Petrauskas', 'Present'],
      ['Indrė Kairienė', 'Excused'],
    ])
    await page.getByRole('tab', { name: 'Sessions' }).click()
    const first = page.getByRole('tabpanel').getByRole('row').nth(1)
    await first.getByText('Held').waitFor()
    await first.getByText('1 present').waitFor()
  })
}
