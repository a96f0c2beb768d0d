// Calendar days in Vilnius for the browser scenarios, and the English month names the date pickers announce.
const DAY = 86_400_000

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** The Vilnius calendar day `days` from now: { year, month (1–12), day, weekday (0 Sunday), offset }. */
export const vilniusDay = (days) => {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Vilnius',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(new Date(Date.now() + days * DAY))
    .split('-')
    .map(Number)
  return { year, month, day, weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(), offset: days }
}

const isWorkingDay = (day) => day.weekday >= 1 && day.weekday <= 5

/** The first day from `days` on (stepping by `step`, 1 or -1) that `accepts`. */
export const firstDay = (days, step, accepts) => {
  for (let offset = days; ; offset += step) {
    const day = vilniusDay(offset)
    if (accepts(day)) return day
  }
}

/** The next working day (Monday–Friday) after today: the demo staff work 08:00–17:00 then. */
export const nextWorkingDay = () => firstDay(1, 1, isWorkingDay)

/** The last working day before today. */
export const lastWorkingDay = () => firstDay(-1, -1, isWorkingDay)

export const pad = (n) => String(n).padStart(2, '0')
