// The accommodation officer sees free beds, places a mother and two children from the waiting list tonight,
// moves one of them to another bed, checks her in and out, and reads the occupancy of the month; the waiting
// list and occupancy also fit a 360 px phone. Demo data: apps/api/src/db/demo-accommodation.ts.
import { checkNoSidewaysScroll } from '../axe.mjs'
import { pad, vilniusDay } from '../vilnius-days.mjs'

const OFFICER = { email: 'accommodation@onestop.example', password: 'OneStop-demo-2026' }
const FACILITY = 'Krizinis apgyvendinimas'
const MOTHER = 'Asta Petrauskienė'
const SON = 'Jonas Petrauskas'
const DAUGHTER = 'Ugnė Petrauskaitė'

const iso = (day) => `${day.year}-${pad(day.month)}-${pad(day.day)}`
/** A day as the client writes it in English (en-GB, medium). */
const shown = (day) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(day.year, day.month - 1, day.day)),
  )

export default async function ({ page, step, signIn, signOut, choose, fillSteadily }) {
  const tonight = vilniusDay(0)
  const checkOut = vilniusDay(14)

  await step('the accommodation officer sees free beds of the crisis accommodation tonight', async () => {
    await page.goto('/')
    if (await page.getByRole('button', { name: 'Sign out' }).isVisible()) await signOut()
    await signIn(OFFICER)
    await page.getByRole('navigation').getByRole('link', { name: 'Temporary accommodation' }).click()
    await page.waitForURL('**/accommodation')
    await page.getByRole('heading', { level: 1, name: 'Temporary accommodation' }).waitFor()
    await choose(page, 'Facility', FACILITY)
    await page.getByRole('tab', { name: 'Beds', exact: true, selected: true }).waitFor()
    await page
      .getByRole('status')
      .filter({ hasText: `Night of ${shown(tonight)}:` })
      .waitFor()
    // The isolation rooms are the crisis accommodation's own: its board has loaded.
    await page.getByRole('region', { name: 'Izoliacinis kambarys 1', exact: true }).waitFor()
    const room = page.getByRole('region', { name: 'Kambarys 2', exact: true })
    await room.getByRole('button', { name: /Free/ }).nth(2).waitFor()
    if ((await room.getByRole('button', { name: /Free/ }).count()) !== 3)
      throw new Error('the three beds of Kambarys 2 are not all free tonight')
  })

  await step('the waiting list shows the urgent request for the mother and two children first', async () => {
    await page.getByRole('tab', { name: 'Waiting list' }).click()
    const requests = page.getByRole('list', { name: 'Waiting list' }).getByRole('listitem')
    await requests.first().waitFor()
    const first = requests.first()
    await first.getByText('Urgent', { exact: true }).waitFor()
    for (const name of [MOTHER, SON, DAUGHTER]) await first.getByText(name).waitFor()
  })

  await step(
    'the officer places the family from its request tonight, each in a bed of Kambarys 2',
    async () => {
      const request = page.getByRole('listitem').filter({ hasText: MOTHER })
      await request.getByRole('button', { name: /^Place the family / }).click()
      const dialog = page.getByRole('dialog', { name: `Place in ${FACILITY}` })
      await dialog.getByRole('checkbox', { name: MOTHER }).waitFor()
      if (!(await dialog.getByRole('checkbox', { name: MOTHER }).isChecked()))
        throw new Error('the mother is not ticked from the request')
      if ((await dialog.getByRole('checkbox', { name: /Tomas Petrauskas/ }).count()) !== 0)
        throw new Error('the father, not in the request, is offered a bed')
      if ((await dialog.getByLabel('Check-in date').inputValue()) !== iso(tonight))
        throw new Error('the check-in is not tonight')
      await fillSteadily(dialog.getByLabel('Planned check-out date'), iso(checkOut))
      await choose(dialog, `Bed for ${MOTHER}`, 'Kambarys 2 · 2-1')
      await choose(dialog, `Bed for ${SON}`, 'Kambarys 2 · 2-2')
      await choose(dialog, `Bed for ${DAUGHTER}`, "Kambarys 2 · 2-3, Child's bed, Cot")
      await dialog.getByRole('button', { name: 'Place', exact: true }).click()
      await dialog.waitFor({ state: 'detached' })
      // Placing closed the request: it has left the open list and is among the placed ones.
      await page.getByRole('listitem').filter({ hasText: MOTHER }).waitFor({ state: 'detached' })
      await page.getByText('Placed', { exact: true }).click()
      await page.getByRole('listitem').filter({ hasText: MOTHER }).waitFor()
    },
  )

  await step('the bed board shows the family in Kambarys 2 tonight, planned', async () => {
    await page.getByRole('tab', { name: 'Beds', exact: true }).click()
    const room = page.getByRole('region', { name: 'Kambarys 2', exact: true })
    for (const name of [MOTHER, SON, DAUGHTER]) await room.getByRole('button', { name }).waitFor()
    await room.getByRole('button', { name: DAUGHTER }).getByText('Planned').waitFor()
  })

  await step('the officer checks the daughter in and moves her to a bed of Kambarys 3', async () => {
    await page
      .getByRole('region', { name: 'Kambarys 2', exact: true })
      .getByRole('button', { name: DAUGHTER })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Stay' })
    await dialog.getByRole('button', { name: 'Check in' }).click()
    await dialog.getByRole('form', { name: 'Check in' }).getByRole('button', { name: 'Check in' }).click()
    // Checked in: checking out is offered now.
    await dialog.getByRole('button', { name: 'Check out', exact: true }).waitFor()
    await dialog.getByRole('button', { name: 'Move to another bed' }).click()
    // "New bed" is also part of "First night in the new bed": the select is found by its exact name.
    await dialog.getByRole('textbox', { name: 'New bed', exact: true }).click()
    await page.getByRole('option', { name: 'Kambarys 3 · 3-1', exact: true }).click()
    await dialog.getByRole('button', { name: 'Move', exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    await page
      .getByRole('region', { name: 'Kambarys 3', exact: true })
      .getByRole('button', { name: DAUGHTER })
      .waitFor()
  })

  await step('the officer checks the daughter out tomorrow', async () => {
    await page
      .getByRole('region', { name: 'Kambarys 3', exact: true })
      .getByRole('button', { name: DAUGHTER })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Stay' })
    await dialog.getByRole('button', { name: 'Check out' }).click()
    const form = dialog.getByRole('form', { name: 'Check out' })
    if ((await form.getByLabel('Check-out date').inputValue()) !== iso(vilniusDay(1)))
      throw new Error('check-out is not offered for tomorrow')
    await form.getByRole('button', { name: 'Check out' }).click()
    await dialog.getByText('This stay is over.').waitFor()
    // The panel's own Close, after the dialog's corner button of the same name.
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click()
    await dialog.waitFor({ state: 'detached' })
  })

  await step("the officer reads the month's occupancy: chart, table and average length of stay", async () => {
    await page.getByRole('tab', { name: 'Occupancy' }).click()
    await page.getByRole('img', { name: /occupied, reserved and free beds per night/ }).waitFor()
    const table = page.getByRole('table', { name: new RegExp(`^${FACILITY}: occupancy, `) })
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: shown(tonight) }) })
    // Tonight: the Kairienė mother and two children and the daughter checked in, the mother and son planned.
    const cells = await row.getByRole('cell').allTextContents()
    const [beds, inService, occupied, reserved] = cells.map(Number)
    if (beds !== 32 || inService !== 30 || occupied !== 4 || reserved !== 2)
      throw new Error(`tonight's occupancy reads ${cells.join(' | ')}`)
    const days = new Date(Date.UTC(tonight.year, tonight.month, 0)).getUTCDate()
    if ((await table.getByRole('rowheader').count()) !== days)
      throw new Error(`the table does not list the ${days} nights of the month`)
    await page.getByText('Average length of stay').waitFor()
  })

  await step(
    "the officer, on no family's case team, asks a place for a family found by a member's name",
    async () => {
      await page.getByRole('tab', { name: 'Waiting list' }).click()
      // The list still shows the placed requests, as the placement step left it.
      await page.getByText('Waiting', { exact: true }).click()
      await page.getByRole('button', { name: 'Add a request' }).click()
      const dialog = page.getByRole('dialog', { name: 'New request for a place' })
      await dialog.getByRole('textbox', { name: 'Family' }).pressSequentially('Vaitkev')
      await page.getByRole('option', { name: /Darius Vaitkevičius, Lukas Vaitkevičius/ }).click()
      await dialog.getByText('Chosen members').click()
      await dialog.getByRole('checkbox', { name: 'Lukas Vaitkevičius' }).check()
      await choose(dialog, 'Place needed', 'Long-term accommodation')
      await fillSteadily(
        dialog.getByRole('textbox', { name: 'Reason' }),
        'Tėvas gydosi, vaikui reikia vietos.',
      )
      await dialog.getByRole('button', { name: 'Put on the waiting list' }).click()
      await dialog.waitFor({ state: 'detached' })
      const request = page
        .getByRole('list', { name: 'Waiting list' })
        .getByRole('listitem')
        .filter({ hasText: 'Tėvas gydosi' })
      await request.getByText('Lukas Vaitkevičius').waitFor()
      if (await request.getByText('Darius Vaitkevičius').count())
        throw new Error('the request names the father, who was not chosen')
    },
  )

  await step('on a 360 px phone the waiting list and occupancy fit the screen', async () => {
    const desktop = page.viewportSize()
    await page.setViewportSize({ width: 360, height: 740 })
    try {
      await page.getByRole('tab', { name: 'Occupancy' }).click()
      await page.getByRole('table', { name: new RegExp(`^${FACILITY}: occupancy, `) }).waitFor()
      await checkNoSidewaysScroll(page, 'on the occupancy tab at 360 px')
      await page.getByRole('tab', { name: 'Waiting list' }).click()
      await page.getByRole('list', { name: 'Waiting list' }).waitFor()
      await checkNoSidewaysScroll(page, 'on the waiting list at 360 px')
    } finally {
      if (desktop) await page.setViewportSize(desktop)
    }
  })
}
