// The coordinator reads Group Teen Triple P in the catalogue, sees that Mindaugas may not run it yet, plans his
// accreditation, records that he completed it, sees the competence matrix change, plans a run of the
// programme with him, enrols a parent of a teenager, takes attendance and reads the run's fidelity and
// outcomes.
import { checkNoSidewaysScroll } from '../axe.mjs'
import { pickDateTime } from '../date-pickers.mjs'
import { addSession, enrol, takeAttendance } from '../group-steps.mjs'
import { firstDay, lastWorkingDay, pad } from '../vilnius-days.mjs'

const COORDINATOR = { email: 'coordinator@onestop.example', password: 'OneStop-demo-2026' }
const METHODOLOGY = 'Group Teen Triple P'
const TRAINEE = 'Mindaugas Kazlauskas'
/** Darius's son Lukas is 14: the programme takes parents of children aged 12–16. */
const PARENT = 'Darius Vaitkevičius'

const isWorkingDay = (day) => day.weekday >= 1 && day.weekday <= 5
const iso = ({ year, month, day }) => `${year}-${pad(month)}-${pad(day)}`
/** The first Tuesday at least a week ahead: the whole series lies in the future. */
const tuesdayAhead = () => firstDay(7, 1, (day) => day.weekday === 2)

/** The competence matrix's cell of a staff member and a methodology, by their row and column headers. */
const matrixCell = async (page, person, methodology) => {
  const table = page.getByRole('table').first()
  await table.getByRole('rowheader', { name: new RegExp(person) }).waitFor()
  const headers = await table.getByRole('columnheader').allTextContents()
  const column = headers.findIndex((text) => text.trim() === methodology)
  if (column < 1) throw new Error(`the matrix has no column ${methodology}: ${headers.join(' | ')}`)
  return table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(person) }) })
    .getByRole('cell')
    .nth(column - 1)
}

const openMatrix = async (page) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Competence matrix' }).click()
  await page.waitForURL('**/competence-matrix')
  await page.getByRole('heading', { level: 1, name: 'Competence matrix' }).waitFor()
}

/** Fills the group form up to its facilitator: the programme's service, a room and a weekly series. */
const planRun = async (page, fillSteadily, title, firstSession) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Groups' }).click()
  await page.getByRole('link', { name: 'New group' }).click()
  await page.waitForURL('**/groups/new')
  await page.getByRole('textbox', { name: 'Service' }).click()
  await page.getByRole('option', { name: METHODOLOGY, exact: true }).click()
  await fillSteadily(page.getByRole('textbox', { name: 'Title' }), title)
  await page.getByRole('textbox', { name: 'Room' }).click()
  await page.getByRole('option', { name: /^Grupių salė/ }).click()
  await page.getByRole('textbox', { name: 'Facilitators' }).click()
  await page.getByRole('option', { name: new RegExp(TRAINEE) }).click()
  await page.keyboard.press('Escape')
  await pickDateTime(page, page, 'First session', firstSession, '14:00')
  await fillSteadily(page.getByRole('textbox', { name: 'Number of sessions' }), '4')
  await page.getByRole('button', { name: 'Plan the group' }).click()
}

export default async function ({ page, step, signIn, signOut, fillSteadily }) {
  const suffix = Date.now().toString().slice(-6)
  const trainingTitle = `Teen Triple P akreditacija ${suffix}`
  const runTitle = `Teen Triple P grupė ${suffix}`
  const lastDay = lastWorkingDay()
  // The accreditation took place the working day before the run's past session.
  const trainingDay = firstDay(lastDay.offset - 1, -1, isWorkingDay)
  const firstSession = tuesdayAhead()

  await step('the coordinator reads Group Teen Triple P in the methodology catalogue', async () => {
    await page.goto('/')
    if (await page.getByRole('button', { name: 'Sign out' }).isVisible()) await signOut()
    await signIn(COORDINATOR)
    await page.getByRole('navigation').getByRole('link', { name: 'Methodologies' }).click()
    await page.waitForURL('**/methodologies')
    await page.getByRole('link', { name: METHODOLOGY, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: METHODOLOGY }).waitFor()
    await page
      .getByText(/parents of a child aged 12–16/i)
      .first()
      .waitFor()
  })

  await step(`the competence matrix shows ${TRAINEE} without Group Teen Triple P`, async () => {
    await openMatrix(page)
    const cell = await matrixCell(page, TRAINEE, METHODOLOGY)
    await cell.getByText('None', { exact: true }).waitFor()
  })

  await step(`a group of the programme led by ${TRAINEE} is refused: he is not certified`, async () => {
    await planRun(page, fillSteadily, runTitle, firstSession)
    const alert = page.getByRole('alert').filter({ hasText: 'The group could not be planned' })
    await alert.getByText(/not certified/).waitFor()
    await alert.getByText(new RegExp(TRAINEE)).waitFor()
    if (!new URL(page.url()).pathname.endsWith('/groups/new'))
      throw new Error('the refused group was planned')
  })

  await step(
    'the coordinator leaves the refused form and plans a one-day accreditation with an outside trainer',
    async () => {
      await page.getByRole('navigation').getByRole('link', { name: 'Trainings', exact: true }).click()
      // What was typed is not dropped silently: the guard asks first.
      await page.getByRole('dialog').getByRole('button', { name: 'Leave without saving' }).click()
      await page.waitForURL('**/trainings')
      await page.getByRole('link', { name: 'Plan a training' }).click()
      await page.waitForURL('**/trainings/new')
      await page.getByRole('textbox', { name: 'Methodology' }).click()
      await page.getByRole('option', { name: METHODOLOGY, exact: true }).click()
      await page.getByRole('textbox', { name: 'Kind of training' }).click()
      await page.getByRole('option', { name: 'Accreditation', exact: true }).click()
      await fillSteadily(page.getByRole('textbox', { name: 'Title' }), trainingTitle)
      await fillSteadily(page.getByRole('textbox', { name: 'Trainer from elsewhere' }), 'Aušra Kurienė')
      await fillSteadily(page.getByRole('textbox', { name: "Trainer's organisation" }), 'Triple P Lietuva')
      await page.getByLabel('Day 1').fill(iso(trainingDay))
      await page.getByLabel('Starts').fill('09:00')
      await page.getByLabel('Ends').fill('15:00')
      await page.getByRole('button', { name: 'Plan', exact: true }).click()
      await page.waitForURL(/\/trainings\/[0-9a-f-]{36}$/)
      await page.getByRole('heading', { level: 1, name: trainingTitle }).waitFor()
    },
  )

  await step(`${TRAINEE} is enrolled and completes the accreditation: he is certified`, async () => {
    await page.getByRole('button', { name: 'Add a participant' }).click()
    const staff = page.getByRole('textbox', { name: 'Staff member' })
    await staff.fill('Mindaugas')
    await page.getByRole('option', { name: new RegExp(`^${TRAINEE}`) }).click()
    await page.getByRole('button', { name: 'Enrol', exact: true }).click()
    const participants = page.getByRole('table').filter({ hasText: TRAINEE })
    await participants.waitFor()
    await page.getByRole('button', { name: `${TRAINEE} completed` }).click()
    await participants.getByText(/^Certified \(accredited\) from /).waitFor()
  })

  await step(`the competence matrix now shows ${TRAINEE} certified in Group Teen Triple P`, async () => {
    await openMatrix(page)
    const cell = await matrixCell(page, TRAINEE, METHODOLOGY)
    await cell.getByText('Certified', { exact: true }).waitFor()
  })

  await step(`the same group led by ${TRAINEE} is now planned`, async () => {
    await planRun(page, fillSteadily, runTitle, firstSession)
    await page.waitForURL(/\/groups\/[0-9a-f-]{36}$/)
    await page.getByRole('heading', { level: 1, name: runTitle }).waitFor()
    await page.getByText(METHODOLOGY).first().waitFor()
  })

  await step('a parent of a teenager is enrolled', async () => {
    await page.getByRole('tab', { name: 'Enrolments and waitlist' }).click()
    await enrol(page, 'Vaitkevič', PARENT)
    await page.getByRole('table', { name: 'Enrolled' }).getByRole('row').filter({ hasText: PARENT }).waitFor()
  })

  await step('a session already held is added, and the parent attended it', async () => {
    await addSession(page, fillSteadily, lastDay, '15:00', 90)
    await takeAttendance(page, [[PARENT, 'Present']])
  })

  await step(
    'the fidelity tab counts the session held against the programme and the parent attending',
    async () => {
      await page.getByRole('tab', { name: 'Fidelity and outcomes' }).click()
      await page.getByText('1 of the programme’s 4 sessions delivered').waitFor()
      await page
        .getByRole('table', { name: 'Participants’ attendance and completion' })
        .getByRole('row')
        .filter({ hasText: PARENT })
        .waitFor()
    },
  )

  await step('baseline and end scores give the mean change, with a chart beside the table', async () => {
    for (const [phase, score] of [
      ['Baseline', '24'],
      ['End', '15'],
    ]) {
      await page.getByRole('button', { name: 'Record a score' }).first().click()
      const form = page.getByRole('form', { name: /^Record a score/ })
      await form.getByRole('textbox', { name: 'Person' }).click()
      await page.getByRole('option', { name: PARENT, exact: true }).click()
      await form.getByText(phase, { exact: true }).click()
      await fillSteadily(form.getByRole('textbox', { name: 'Score' }), score)
      await form.getByLabel('Measured on').fill(iso(lastDay))
      await form.getByRole('button', { name: 'Save score' }).click()
      await form.waitFor({ state: 'detached' })
    }
    await page.getByText(/^Mean change -9 \(1 of 1 participants have both scores; 1 improved\)/).waitFor()
    const scores = page.getByRole('table', { name: /participants’ scores and change$/ })
    await scores.getByRole('row').filter({ hasText: PARENT }).filter({ hasText: '-9' }).waitFor()
    await page.locator('.recharts-surface').first().waitFor()
  })

  await step('on a phone the competence matrix scrolls inside its own region, not the page', async () => {
    const desktop = page.viewportSize()
    await page.setViewportSize({ width: 390, height: 844 })
    try {
      await page.goto('/competence-matrix')
      await page.getByRole('heading', { level: 1, name: 'Competence matrix' }).waitFor()
      const region = page.getByRole('region', { name: /^Staff members: \d+$/ })
      await region.getByRole('table').waitFor()
      if ((await region.getAttribute('tabindex')) !== '0')
        throw new Error('the matrix cannot be reached by keyboard')
      await checkNoSidewaysScroll(page, 'on the competence matrix at 390 px')
    } finally {
      if (desktop) await page.setViewportSize(desktop)
    }
  })
}
