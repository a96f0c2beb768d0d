// Reception takes in a family, finds a free psychologist time through availability and books it; the booking
// shows on the family's Bookings tab, and the psychologist sees it in "My day" and in the calendar's day view.
import { showMonthOf } from '../date-pickers.mjs'
import { MONTHS, nextWorkingDay, pad } from '../vilnius-days.mjs'

const INTAKE = { email: 'intake@onestop.example', password: 'OneStop-demo-2026' }
const SPECIALIST = { email: 'specialist@onestop.example', password: 'OneStop-demo-2026' }

const PSYCHOLOGIST = 'Mindaugas Kazlauskas'
const SERVICE = 'Psychologist consultation for children'
const iso = ({ year, month, day }) => `${year}-${pad(month)}-${pad(day)}`

/** Chooses one day as the whole range of a DatePickerInput, as a user does: the same day twice. */
const pickSingleDay = async (page, scope, label, date) => {
  await scope.getByRole('button', { name: label }).click()
  const name = `${date.day} ${MONTHS[date.month - 1]} ${date.year}`
  const dayButton = page.getByRole('button', { name, exact: true }).first()
  await showMonthOf(page, date)
  await dayButton.click()
  await dayButton.click()
}

export default async function ({ page, step, signIn, signOut, choose }) {
  const surname = `Registrauskai${Date.now().toString().slice(-6)}`
  const day = nextWorkingDay()
  let reference = ''
  let bookedTime = ''

  await step('reception signs in and takes in a family to book for', async () => {
    if (await page.getByRole('button', { name: 'Sign out' }).isVisible()) await signOut()
    await signIn(INTAKE)
    await page.getByRole('navigation').getByRole('link', { name: 'Families' }).click()
    await page.getByRole('link', { name: 'Take in a family' }).click()
    await page.waitForURL('**/families/new')
    await choose(page, 'Municipality', 'Vilniaus miesto savivaldybė')
    await choose(page, 'Referred by', 'Child rights protection service')
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByLabel('High-conflict separation').check()
    await page.getByLabel('Families in crisis').check()
    await page.getByRole('button', { name: 'Next' }).click()
    const parent = page.getByRole('group', { name: 'Member 1' })
    await parent.getByLabel('Given name').fill('Rima')
    await parent.getByLabel('Family name').fill(surname)
    await parent.getByLabel('Birth date').fill('1987-02-11')
    await choose(parent, 'Gender', 'Woman')
    await choose(parent, 'Role in the family', 'Parent')
    await page.getByRole('button', { name: 'Add a member' }).click()
    const child = page.getByRole('group', { name: 'Member 2' })
    await child.getByLabel('Given name').fill('Matas')
    await child.getByLabel('Family name').fill(surname)
    await child.getByLabel('Birth date').fill('2017-05-30')
    await choose(child, 'Gender', 'Man')
    await choose(child, 'Role in the family', 'Child')
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Take in the family' }).click()
    await page.waitForURL(/\/families\/[0-9a-f-]{36}$/)
    const heading = page.getByRole('heading', { level: 1, name: /^F-\d{4}-\d+$/ })
    await heading.waitFor()
    reference = (await heading.textContent()) ?? ''
  })

  await step('reception finds a free psychologist time on the next working day and books it', async () => {
    await page.getByRole('tab', { name: 'Bookings' }).click()
    await page.getByText('No upcoming appointments').waitFor()
    await page.getByRole('button', { name: 'Book an appointment' }).click()
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' })
    await choose(dialog, 'Service', SERVICE)
    await choose(dialog, 'Specialist', PSYCHOLOGIST)
    await pickSingleDay(page, dialog, 'Days', day)
    await dialog.getByRole('button', { name: 'Find free times' }).click()
    const slot = dialog.getByRole('button', {
      name: new RegExp(`^\\d{2}:\\d{2}–\\d{2}:\\d{2}, ${PSYCHOLOGIST}, `),
    })
    await slot.first().waitFor()
    const label = (await slot.first().getAttribute('aria-label')) ?? ''
    bookedTime = label.split(',')[0] ?? ''
    await slot.first().click()
    const form = dialog.getByRole('form', { name: 'Booking' })
    await form.getByText(`Family: ${reference}`, { exact: true }).waitFor()
    await form.getByRole('checkbox', { name: `Matas ${surname}` }).check()
    await form.getByRole('button', { name: 'Book' }).click()
    await page.getByText('Appointment booked').first().waitFor()
    await dialog.waitFor({ state: 'hidden' })
  })

  await step("the booking shows on the family's Bookings tab", async () => {
    const row = page.getByRole('row').filter({ hasText: SERVICE })
    await row.waitFor()
    await row.getByRole('cell', { name: PSYCHOLOGIST, exact: true }).waitFor()
    await row.getByRole('cell', { name: `Matas ${surname}`, exact: true }).waitFor()
    await row.getByText('Scheduled', { exact: true }).waitFor()
    if (!((await row.textContent()) ?? '').includes(bookedTime))
      throw new Error(`the row does not show the booked time ${bookedTime}`)
  })

  await step('the psychologist sees the appointment in "My day" on that day', async () => {
    await signOut()
    await signIn(SPECIALIST)
    const card = page.getByRole('region', { name: 'My day' })
    await card.waitFor()
    for (let i = 0; i < day.offset; i++) await card.getByRole('button', { name: 'Next day' }).click()
    // The demo psychologist has other consultations that day: find this family's.
    await card.getByRole('link', { name: reference }).waitFor()
    const entry = card.getByRole('listitem').filter({ hasText: reference })
    await entry.getByText(SERVICE).waitFor()
    await entry.getByText(bookedTime).waitFor()
  })

  await step("the psychologist's calendar day view shows it; a click opens its details", async () => {
    await page.getByRole('link', { name: 'In the calendar' }).click()
    await page.waitForURL(`**/calendar?view=timeGridDay&date=${iso(day)}`)
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor()
    const event = page.locator('.fc-event').filter({ hasText: `${SERVICE} · ${reference}` })
    await event.waitFor()
    await event.click()
    const drawer = page.getByRole('dialog', { name: 'Appointment' })
    await drawer.getByText(`Matas ${surname}`).waitFor()
    await drawer.getByRole('button', { name: 'Reschedule' }).waitFor()
    await drawer.getByRole('button', { name: 'Cancel the appointment' }).waitFor()
  })
}
