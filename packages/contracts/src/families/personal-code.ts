import type { FieldErrorCode } from '../field-errors.js'

const CENTURY: Record<string, number> = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 }

const checkDigit = (digits: number[]): number => {
  const weighted = (weights: number[]) => weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0) % 11
  const first = weighted([1, 2, 3, 4, 5, 6, 7, 8, 9, 1])
  if (first !== 10) return first
  const second = weighted([3, 4, 5, 6, 7, 8, 9, 1, 2, 3])
  return second === 10 ? 0 : second
}

/**
 * Why a Lithuanian personal code is invalid for this birth date (YYYY-MM-DD), or undefined when it is
 * valid. The API refuses with this code and the staff client checks it as the code is typed, before the
 * birth date may be known (then the code is checked on its own).
 */
export function personalCodeProblem(code: string, birthDate?: string): FieldErrorCode | undefined {
  if (!/^\d{11}$/.test(code)) return 'personal-code-digits'
  const century = CENTURY[code[0] ?? '']
  if (century === undefined) return 'personal-code-century'
  const year = century + Number(code.slice(1, 3))
  const month = Number(code.slice(3, 5))
  const day = Number(code.slice(5, 7))
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return 'personal-code-date'
  if (birthDate !== undefined && date.toISOString().slice(0, 10) !== birthDate)
    return 'personal-code-birth-date'
  if (checkDigit([...code].map(Number)) !== Number(code[10])) return 'personal-code-check-digit'
  return undefined
}

/** A valid code for a birth date, for demo data and tests. */
export function makePersonalCode(birthDate: string, woman: boolean, serial = 123): string {
  const [y = '', m = '', d = ''] = birthDate.split('-')
  const centuryBase = y.startsWith('18') ? 1 : y.startsWith('19') ? 3 : 5
  const ten = `${centuryBase + (woman ? 1 : 0)}${y.slice(2)}${m}${d}${String(serial).padStart(3, '0')}`
  return `${ten}${checkDigit([...ten].map(Number))}`
}
