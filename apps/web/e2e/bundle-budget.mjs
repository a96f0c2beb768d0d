// The first-load budget: the JavaScript index.html makes the browser fetch before the app can draw (its module
// script, its modulepreloads and every module they import statically), gzipped from the real files in dist.
// Also reports what each lazily loaded page adds. Run after `pnpm build`: `node e2e/bundle-budget.mjs`.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

// Issue 9 asks for 250 kB.
export const INITIAL_JS_BUDGET_KB = 250

const STATIC_IMPORT = /\b(?:from|import)\s*"\.\/([^"]+\.js)"/g
const DYNAMIC_IMPORT = /\bimport\("\.\/([^"]+\.js)"\)/g
const HTML_SCRIPT = /<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="\/assets\/([^"]+\.js)"/g

const matches = (text, pattern) => [...text.matchAll(pattern)].map((match) => match[1])
const kilobytes = (bytes) => `${(bytes / 1000).toFixed(1)} kB`

/** Measures a built client; `assets` are file names under dist/assets. */
export const measureBundle = (distDir) => {
  const assets = path.join(distDir, 'assets')
  const code = new Map()
  const read = (file) => {
    if (!code.has(file)) code.set(file, readFileSync(path.join(assets, file), 'utf8'))
    return code.get(file)
  }
  const gzipped = new Map()
  const gzipSize = (file) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(read(file)).length)
    return gzipped.get(file)
  }
  const withStaticImports = (roots) => {
    const seen = new Set()
    const visit = (file) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const imported of matches(read(file), STATIC_IMPORT)) visit(imported)
    }
    for (const root of roots) visit(root)
    return seen
  }
  const total = (files) => [...files].reduce((sum, file) => sum + gzipSize(file), 0)

  const initial = withStaticImports(
    matches(readFileSync(path.join(distDir, 'index.html'), 'utf8'), HTML_SCRIPT),
  )
  const routes = new Set()
  const collectRoutes = (files) => {
    for (const file of files)
      for (const lazy of matches(read(file), DYNAMIC_IMPORT))
        if (!routes.has(lazy) && !initial.has(lazy)) {
          routes.add(lazy)
          collectRoutes([lazy])
        }
  }
  collectRoutes(initial)
  return {
    initial: [...initial].map((file) => ({ file, gzip: gzipSize(file) })),
    initialGzip: total(initial),
    routes: [...routes]
      .map((file) => {
        const extra = [...withStaticImports([file])].filter((dependency) => !initial.has(dependency))
        return { file, gzip: gzipSize(file), withDependencies: total(extra) }
      })
      .sort((a, b) => b.withDependencies - a.withDependencies),
  }
}

/** Prints the figures; true when the initial JavaScript is within the budget. */
export const reportBudget = (distDir, log = console.log) => {
  const { initial, initialGzip, routes } = measureBundle(distDir)
  log('Initial JavaScript (gzip):')
  for (const { file, gzip } of initial) log(`  ${kilobytes(gzip).padStart(10)}  ${file}`)
  log(`  ${kilobytes(initialGzip).padStart(10)}  in all; budget ${INITIAL_JS_BUDGET_KB} kB`)
  log('Lazily loaded chunks (gzip: the chunk / with what it needs beyond the initial load):')
  for (const { file, gzip, withDependencies } of routes)
    log(`  ${kilobytes(gzip).padStart(10)} / ${kilobytes(withDependencies).padStart(9)}  ${file}`)
  return initialGzip <= INITIAL_JS_BUDGET_KB * 1000
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist')
  if (!reportBudget(distDir)) {
    console.error(`The initial JavaScript is over the budget of ${INITIAL_JS_BUDGET_KB} kB gzipped.`)
    process.exitCode = 1
  }
}
