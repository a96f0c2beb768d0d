import type { EnrolmentRules } from '@onestop/contracts'
import type { TFunction } from 'i18next'

const couplesCount = ({ minCouples, maxCouples }: NonNullable<EnrolmentRules['couples']>, t: TFunction) => {
  if (minCouples !== undefined && maxCouples !== undefined)
    return t('methodologies.rules.couplesBetween', { min: minCouples, count: maxCouples })
  if (maxCouples !== undefined) return t('methodologies.rules.couplesUpTo', { count: maxCouples })
  if (minCouples !== undefined) return t('methodologies.rules.couplesAtLeast', { count: minCouples })
  return null
}

/** Who may enrol, in plain words: "Both ex-partners enrol; up to 6 couples; children 4–18 take part". */
export const enrolmentRulesSentence = (rules: EnrolmentRules, t: TFunction): string => {
  const { couples, participantChildAge, parentOfChildAged, duringPregnancy, courtProceedingsOnHold } = rules
  const phrases = [
    couples
      ? t(`methodologies.rules.couples.${couples.kind}.${couples.bothRequired ? 'both' : 'either'}`)
      : null,
    couples ? couplesCount(couples, t) : null,
    parentOfChildAged
      ? t('methodologies.rules.parentOfChildAged', {
          min: parentOfChildAged.minYears,
          max: parentOfChildAged.maxYears,
        })
      : null,
    participantChildAge
      ? t('methodologies.rules.participantChildAge', {
          min: participantChildAge.minYears,
          max: participantChildAge.maxYears,
        })
      : null,
    duringPregnancy ? t('methodologies.rules.duringPregnancy') : null,
    courtProceedingsOnHold ? t('methodologies.rules.courtProceedingsOnHold') : null,
  ].filter((phrase): phrase is string => phrase !== null)
  const sentence = phrases.join('; ') || t('methodologies.rules.anyone')
  return sentence.charAt(0).toUpperCase() + sentence.slice(1)
}
