import type { TFunction } from 'i18next'

const MINUTE = 60_000

/** Days, hours and minutes of a span, rounded down to the minute. */
const parts = (ms: number) => {
  const minutes = Math.floor(ms / MINUTE)
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 }
}

/** "2 d. 5 val.", "5 val. 20 min.", "3 min.": the two largest units that are not zero, at least minutes. */
export const formatSpan = (ms: number, t: TFunction): string => {
  const { days, hours, minutes } = parts(ms)
  const units = [
    days ? t('referrals.span.days', { count: days }) : null,
    hours ? t('referrals.span.hours', { count: hours }) : null,
    minutes ? t('referrals.span.minutes', { count: minutes }) : null,
  ].filter((unit): unit is string => unit !== null)
  return units.length === 0 ? t('referrals.span.minutes', { count: 0 }) : units.slice(0, 2).join(' ')
}

export interface AnswerTimer {
  overdue: boolean
  text: string
}

/** Time left to answer a referral by `answerDueAt`, or how long it is overdue, as seen at `now`. */
export const answerTimer = (answerDueAt: string, now: Date, t: TFunction): AnswerTimer => {
  const left = new Date(answerDueAt).getTime() - now.getTime()
  return left >= 0
    ? { overdue: false, text: t('referrals.timer.left', { span: formatSpan(left, t) }) }
    : { overdue: true, text: t('referrals.timer.overdue', { span: formatSpan(-left, t) }) }
}
