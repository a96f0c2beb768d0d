import {
  AUDIT_OUTCOMES,
  CONSENT_PURPOSES,
  FAMILY_STATUSES,
  GENDERS,
  GOAL_STATUSES,
  MEMBER_ROLES,
  NEEDS_AREAS,
  NOTE_VISIBILITIES,
  PROFESSIONS,
  RECIPIENT_GROUPS,
  REFERRAL_SOURCES,
  RISK_FACTORS,
  ROLES,
  SEVERITY_RATINGS,
} from '@onestop/contracts'
import { describe, expect, it } from 'vitest'
import { en } from './en'
import { lt } from './lt'

const sources = import.meta.glob(['../../**/*.tsx', '../../**/*.ts', '!../../**/*.test.*'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>

const lookup = (tree: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      tree,
    )

const usedKeys = () => {
  const keys = new Set<string>()
  for (const source of Object.values(sources)) {
    for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) if (match[1]) keys.add(match[1])
  }
  return [...keys]
}

/** Namespaces of the whole app, and words of one area that name a contract's values (used wherever they show). */
const SHARED_NAMESPACES = new Set([
  'app',
  'common',
  'forms',
  'validation',
  'picker',
  'errors',
  'roles',
  'professions',
])
const SHARED_VOCABULARY = [
  'families.memberRoles.',
  'families.riskFactors.',
  'families.statuses.',
  'fieldErrors.',
  // A page linking to another calls it by its menu name.
  'nav.',
]

const camelCase = (folder: string) => folder.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())

describe('translations', () => {
  it("keeps each feature's texts under the camelCase of its folder name", () => {
    const strays: string[] = []
    for (const [path, source] of Object.entries(sources)) {
      const folder = /\/features\/([^/]+)\//.exec(path)?.[1]
      if (!folder) continue
      for (const match of source.matchAll(/\bt\(\s*['`]([a-zA-Z][\w.$-]*)/g)) {
        const key = match[1] ?? ''
        const namespace = key.split('.')[0] ?? ''
        if (namespace === camelCase(folder) || SHARED_NAMESPACES.has(namespace)) continue
        if (SHARED_VOCABULARY.some((prefix) => key.startsWith(prefix))) continue
        strays.push(`${path}: ${key}`)
      }
    }
    expect(strays).toEqual([])
  })

  it('has every key the code uses, in Lithuanian and English', () => {
    const keys = usedKeys()
    expect(keys.length).toBeGreaterThan(50)
    // A key used with a count is found by its plural forms (`key_one`, `key_other`…).
    const has = (tree: unknown, key: string) =>
      typeof lookup(tree, key) === 'string' || typeof lookup(tree, `${key}_other`) === 'string'
    const missing = keys.filter((key) => !has(lt, key) || !has(en, key))
    expect(missing).toEqual([])
  })

  it('names every role, profession and audit outcome of the contracts', () => {
    const keys = [
      ...ROLES.map((role) => `roles.${role}`),
      ...PROFESSIONS.map((profession) => `professions.${profession}`),
      ...AUDIT_OUTCOMES.map((outcome) => `audit.outcomes.${outcome}`),
    ]
    // A key used with a count is found by its plural forms (`key_one`, `key_other`…).
    const has = (tree: unknown, key: string) =>
      typeof lookup(tree, key) === 'string' || typeof lookup(tree, `${key}_other`) === 'string'
    const missing = keys.filter((key) => !has(lt, key) || !has(en, key))
    expect(missing).toEqual([])
  })

  it('names every family status, risk factor, recipient group, referral source, gender and member role', () => {
    const keys = [
      ...FAMILY_STATUSES.map((status) => `families.statuses.${status}`),
      ...FAMILY_STATUSES.map((status) => `families.statusActions.moveTo.${status}`),
      ...RISK_FACTORS.map((factor) => `families.riskFactors.${factor}`),
      ...RECIPIENT_GROUPS.map((group) => `families.recipientGroups.${group}`),
      ...REFERRAL_SOURCES.map((source) => `families.referralSources.${source}`),
      ...GENDERS.map((gender) => `families.genders.${gender}`),
      ...MEMBER_ROLES.map((role) => `families.memberRoles.${role}`),
    ]
    // A key used with a count is found by its plural forms (`key_one`, `key_other`…).
    const has = (tree: unknown, key: string) =>
      typeof lookup(tree, key) === 'string' || typeof lookup(tree, `${key}_other`) === 'string'
    const missing = keys.filter((key) => !has(lt, key) || !has(en, key))
    expect(missing).toEqual([])
  })

  it('names every needs area, rating, goal status, consent purpose and note visibility', () => {
    const keys = [
      ...NEEDS_AREAS.map((area) => `families.areas.${area}`),
      ...SEVERITY_RATINGS.map((rating) => `families.ratings.${rating}`),
      ...GOAL_STATUSES.map((status) => `families.goalStatuses.${status}`),
      ...CONSENT_PURPOSES.map((purpose) => `families.consentPurposes.${purpose}`),
      ...NOTE_VISIBILITIES.map((visibility) => `families.visibilities.${visibility}`),
      ...NOTE_VISIBILITIES.map((visibility) => `families.notes.visibilityHint.${visibility}`),
    ]
    // A key used with a count is found by its plural forms (`key_one`, `key_other`…).
    const has = (tree: unknown, key: string) =>
      typeof lookup(tree, key) === 'string' || typeof lookup(tree, `${key}_other`) === 'string'
    const missing = keys.filter((key) => !has(lt, key) || !has(en, key))
    expect(missing).toEqual([])
  })
})
