// Steps on a group run's page that several browser scenarios take.
import { pickDateTime } from './date-pickers.mjs'

/** Enrols a family member through the run's dialog: the family found by `search`, then the member. */
export const enrol = async (page, search, member) => {
  await page.getByRole('button', { name: 'Enrol a person' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Family', exact: true }).fill(search)
  await page.getByRole('option', { name: new RegExp(member) }).click()
  await dialog.getByRole('textbox', { name: 'Family member' }).click()
  await page.getByRole('option', { name: member, exact: true }).click()
  await dialog.getByRole('button', { name: 'Enrol', exact: true }).click()
  await dialog.waitFor({ state: 'detached' })
}

/** Adds a session that starts at `date` `time` (already begun, so its attendance can be taken). */
export const addSession = async (page, fillSteadily, date, time, minutes) => {
  await page.getByRole('tab', { name: 'Sessions' }).click()
  await page.getByRole('button', { name: 'Add a session' }).click()
  const dialog = page.getByRole('dialog')
  await pickDateTime(page, dialog, 'Starts at', date, time)
  await fillSteadily(dialog.getByRole('textbox', { name: 'Length, minutes' }), String(minutes))
  await dialog.getByRole('button', { name: 'Add a session' }).click()
  await dialog.waitFor({ state: 'detached' })
}

/** Takes the first session's attendance: `marks` pairs a participant's name with Present, Absent or Excused. */
export const takeAttendance = async (page, marks) => {
  await page
    .getByRole('button', { name: /^Take attendance/ })
    .first()
    .click()
  for (const [name, status] of marks)
    await page
      .getByRole('radiogroup', { name: `Attendance: ${name}` })
      .getByText(status, { exact: true })
      .click()
  await page.getByRole('button', { name: 'Save attendance' }).click()
  await page.getByText('Attendance saved').first().waitFor()
}
