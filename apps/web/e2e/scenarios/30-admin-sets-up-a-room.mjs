// The admin adds a room to the centre's site and sees it listed with its kind and places, then finds a
// service in the catalogue.
const ADMIN = { email: 'admin@onestop.example', password: 'OneStop-demo-2026' }
const SITE = 'Vieno langelio centras'

export default async function ({ page, step, signIn, signOut, choose, fillSteadily }) {
  const room = `Tylos kambarys ${Date.now().toString().slice(-6)}`

  await step('the admin signs in and opens Sites and rooms', async () => {
    await page.goto('/')
    if (await page.getByRole('button', { name: 'Sign out' }).isVisible()) await signOut()
    await signIn(ADMIN)
    await page.getByRole('navigation').getByRole('link', { name: 'Sites and rooms' }).click()
    await page.waitForURL('**/sites')
    await page.getByRole('heading', { level: 1, name: 'Sites and rooms' }).waitFor()
    await page.getByRole('heading', { level: 2, name: SITE, exact: true }).waitFor()
  })

  await step("the admin adds a children's room of five places to the site", async () => {
    await page.getByRole('button', { name: `New room: ${SITE}`, exact: true }).click()
    const dialog = page.getByRole('dialog')
    await fillSteadily(dialog.getByRole('textbox', { name: 'Name' }), room)
    await choose(dialog, 'Kind', "Children's room")
    await fillSteadily(dialog.getByRole('textbox', { name: 'Places' }), '5')
    await dialog.getByRole('button', { name: 'Add the room' }).click()
    await dialog.waitFor({ state: 'detached' })
  })

  await step('the new room is listed under the site, in use', async () => {
    const rooms = page.getByRole('table', { name: `Rooms: ${SITE}`, exact: true })
    const row = rooms.getByRole('row').filter({ hasText: room })
    await row.waitFor()
    await row.getByRole('cell', { name: "Children's room" }).waitFor()
    await row.getByRole('cell', { name: '5', exact: true }).waitFor()
    await row.getByText('In use').waitFor()
  })

  await step('the admin finds the psychologist consultation in the service catalogue', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Service catalogue' }).click()
    await page.waitForURL('**/services')
    await fillSteadily(page.getByRole('textbox', { name: 'Search' }), 'psycholog')
    const catalogue = page.getByRole('table', { name: 'Service catalogue' })
    await catalogue.getByRole('rowheader', { name: 'Psychologist consultation for children' }).waitFor()
  })
}
