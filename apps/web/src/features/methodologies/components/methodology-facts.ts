import type { Methodology } from '@onestop/contracts'
import type { TFunction } from 'i18next'

/** "8 × 120 min", or the count alone when a session's length is not fixed. */
export const sessionsText = (
  methodology: Pick<Methodology, 'sessionCount' | 'sessionMinutes'>,
  t: TFunction,
) =>
  methodology.sessionMinutes === null
    ? t('methodologies.facts.sessions', { count: methodology.sessionCount })
    : t('methodologies.facts.sessionsOfMinutes', {
        count: methodology.sessionCount,
        minutes: methodology.sessionMinutes,
      })

export const groupSizeText = (maxGroupSize: number | null, t: TFunction) =>
  maxGroupSize === null
    ? t('methodologies.facts.noGroupLimit')
    : t('methodologies.facts.upTo', { count: maxGroupSize })

export const validityText = (months: number, t: TFunction) =>
  t('methodologies.facts.months', { count: months })
