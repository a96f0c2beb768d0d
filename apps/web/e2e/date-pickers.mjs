// Drives Mantine date pickers the way a user does: month by month, then the day and the time.
import { MONTHS, pad } from './vilnius-days.mjs'

/**
 * Waits for the picker's month heading, then steps Next/Previous until it shows `date`'s month. Comparing the
 * heading (not whether the day's button is visible) keeps this right while the dropdown is still opening.
 */
export const showMonthOf = async (page, date) => {
  const heading = page.getByRole('button', { name: 'Choose a month' }).first()
  await heading.waitFor()
  const wanted = `${MONTHS[date.month - 1]} ${date.year}`
  for (let step = 0; step < 24; step++) {
    const shown = ((await heading.textContent()) ?? '').trim()
    if (shown === wanted) return
    const [name, year] = shown.split(' ')
    const shownIndex = Number(year) * 12 + MONTHS.indexOf(name ?? '')
    const later = date.year * 12 + date.month - 1 > shownIndex
    await page
      .getByRole('button', { name: later ? 'Next month' : 'Previous month' })
      .first()
      .click()
    await page.waitForFunction(
      (text) => document.querySelector('[aria-label="Choose a month"]')?.textContent?.trim() !== text,
      shown,
    )
  }
  throw new Error(`the date picker never showed ${wanted}`)
}

const shownAt = ({ year, month, day }, time) => `${year}-${pad(month)}-${pad(day)} ${time}`

/** Picks a date and time in a DateTimePicker the way a user does: the calendar, then hours and minutes. */
export const pickDateTime = async (page, scope, label, date, time) => {
  await scope.getByRole('button', { name: label }).click()
  const dayButton = page.getByRole('button', {
    name: `${date.day} ${MONTHS[date.month - 1]} ${date.year}`,
    exact: true,
  })
  await showMonthOf(page, date)
  await dayButton.first().click()
  const [hours, minutes] = time.split(':')
  await page.getByRole('spinbutton', { name: 'Hours' }).click()
  await page.keyboard.type(hours)
  await page.getByRole('spinbutton', { name: 'Minutes' }).click()
  await page.keyboard.type(minutes)
  await page.getByRole('button', { name: 'Confirm the time' }).click()
  const value = shownAt(date, time)
  await scope.getByRole('button', { name: label }).filter({ hasText: value }).waitFor()
}
