import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.js'
import { firstAssessmentDue } from '../../src/modules/families/families.js'
import { TEST_JWT_SECRET } from '../support/app.js'

const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'silent' })
const report = (referredAt: string, violenceOrDangerReported = false) => ({
  referralSource: 'child_rights_service',
  referredAt,
  violenceOrDangerReported,
})

describe('first assessment due date', () => {
  // 2025-01-06 is a Monday and 2025-01-10 a Friday; weekends are skipped, holidays are not.
  it.each([
    ['2025-01-06', false, '2025-01-27'],
    ['2025-01-10', false, '2025-01-31'],
    ['2025-01-06', true, '2025-01-09'],
    ['2025-01-10', true, '2025-01-15'],
  ])('counts working days from a report of %s (violence: %s) to %s', (referredAt, violence, due) => {
    expect(firstAssessmentDue(config, report(referredAt, violence), referredAt)).toBe(due)
  })

  it.each([
    ['the referral day', '2025-01-06', '2025-01-27'],
    ['the day before the deadline', '2025-01-24', '2025-01-27'],
    ['the deadline itself', '2025-01-27', '2025-01-27'],
    ['the day after the deadline', '2025-01-28', '2025-01-28'],
    ['a year later', '2026-01-06', '2026-01-06'],
  ])('for a family opened on %s is due %s', (_when, openedOn, due) => {
    expect(firstAssessmentDue(config, report('2025-01-06'), openedOn)).toBe(due)
  })

  it.each(['self', 'police', 'school'])('does not apply to a referral from %s', (referralSource) => {
    expect(firstAssessmentDue(config, { ...report('2025-01-06'), referralSource }, '2025-01-06')).toBeNull()
  })
})
