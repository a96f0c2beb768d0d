// Moves an open Mantine date picker to the month of a given day, the way a user does: month by month.
import { MONTHS } from './vilnius-days.mjs'

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
