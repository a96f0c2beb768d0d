import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LITHUANIAN_AREA_TEXTS, type TextArea } from '../lib/i18n/areas'

// Source of every module under src, keyed by its path from src ("app/app-routes.tsx"); glob keys are relative
// to this folder.
const sources = Object.fromEntries(
  Object.entries(
    import.meta.glob(['../**/*.tsx', '../**/*.ts', '!../**/*.test.*', '!../test/**'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }) as Record<string, string>,
  ).map(([file, source]) => [path.posix.join('app', file), source]),
)

const AREAS = Object.keys(LITHUANIAN_AREA_TEXTS) as TextArea[]
const AREA_KEY = new RegExp(`['"\`](${AREAS.join('|')})\\.[a-zA-Z]`, 'g')
const STATIC_IMPORT = /^(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^'.]+(?:\.tsx?)?)'/gm
const LAZY_PAGE = /lazyNamed\(\s*\(\) => import\('([^']+)'\),\s*'\w+',\s*\[([^\]]*)\]/g

const resolve = (from: string, specifier: string) => {
  const base = path.posix.join(path.posix.dirname(from), specifier)
  const found = [`${base}.tsx`, `${base}.ts`, `${base}/index.ts`].find((file) => file in sources)
  if (!found) throw new Error(`${from} imports ${specifier}, which is not a source file`)
  return found
}

/** The areas whose texts a module and everything it imports statically use. */
const areasUsedBy = (entry: string) => {
  const used = new Set<string>()
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const source = sources[file] ?? ''
    for (const match of source.matchAll(AREA_KEY)) used.add(match[1] ?? '')
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const imported = resolve(file, match[1] ?? '')
      // The texts themselves are not uses of them.
      if (!imported.startsWith('lib/i18n/')) visit(imported)
    }
  }
  visit(entry)
  return [...used].sort()
}

describe('texts loaded with each page', () => {
  const routes = sources['app/app-routes.tsx'] ?? ''
  const pages = [...routes.matchAll(LAZY_PAGE)].map((match) => ({
    module: resolve('app/app-routes.tsx', match[1] ?? ''),
    declared: [...(match[2] ?? '').matchAll(/'(\w+)'/g)].map((area) => area[1]).sort(),
  }))

  it('finds the lazily loaded pages', () => {
    expect(pages.length).toBeGreaterThan(40)
  })

  it.each(pages)('$module loads the texts of every area it shows', ({ module, declared }) => {
    expect(declared).toEqual(expect.arrayContaining(areasUsedBy(module)))
  })

  it('the first load needs only the core texts', () => {
    expect(areasUsedBy('main.tsx')).toEqual([])
  })
})
