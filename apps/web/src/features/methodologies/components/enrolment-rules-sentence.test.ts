import { describe, expect, it } from 'vitest'
import { i18n } from '../../../lib/i18n'
import { enrolmentRulesSentence } from './enrolment-rules-sentence'
import { methodologyFixture } from './methodology-fixture'

describe('enrolmentRulesSentence', () => {
  it('says the rules of No Kids in the Middle in plain words, in both languages', async () => {
    await i18n.changeLanguage('en')
    expect(enrolmentRulesSentence(methodologyFixture.enrolmentRules, i18n.t)).toBe(
      'Both ex-partners enrol; up to 6 couples; children 4–18 take part; parents agree to put court proceedings on hold',
    )
    await i18n.changeLanguage('lt')
    expect(enrolmentRulesSentence(methodologyFixture.enrolmentRules, i18n.t)).toBe(
      'Registruojasi abu buvę partneriai; iki 6 porų; dalyvauja 4–18 m. vaikai; tėvai sutinka sustabdyti teismo procesus',
    )
  })

  it('names a range of couples, a parent’s child’s age and pregnancy', async () => {
    await i18n.changeLanguage('en')
    const rules = {
      couples: { kind: 'expectant_parents', bothRequired: false, minCouples: 5, maxCouples: 10 },
      parentOfChildAged: { minYears: 12, maxYears: 16 },
      duringPregnancy: true,
    } as const
    expect(enrolmentRulesSentence(rules, i18n.t)).toBe(
      'Expectant parents enrol (one may come alone); 5 to 10 couples; parents of a child aged 12–16; enrolment only during pregnancy',
    )
  })

  it('lets anyone enrol when there are no rules', async () => {
    await i18n.changeLanguage('en')
    expect(enrolmentRulesSentence({}, i18n.t)).toBe('Anyone may enrol')
  })
})
