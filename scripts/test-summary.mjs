// Adds up the vitest JSON reports in a folder and prints one "N passed, N failed" line.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const folder = process.argv[2] ?? 'test-results'
let passed = 0
let failed = 0
let skipped = 0
for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(path.join(folder, file), 'utf8'))
  passed += report.numPassedTests ?? 0
  failed += report.numFailedTests ?? 0
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  console.log(
    `${file.replace(/\.json$/, '')}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
  )
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
