// Accessibility checks for the browser tests: axe-core runs in the page after each step and on each page a
// scenario visits; a violation of impact serious or critical fails the step.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const axe = require('axe-core')

const BLOCKING = new Set(['serious', 'critical'])

const SETTLE_MS = 500

/** Waits for the page's requests and finite animations (a dialog fading in or out) to end. */
const settle = async (page) => {
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity,
      ),
  )
}

/** Serious and critical violations on the page as it is now. */
const blockingViolations = async (page) => {
  // Evaluated rather than added as a <script>: the client's Content-Security-Policy forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source)
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    })
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
    }))
  })
  return violations.filter((violation) => BLOCKING.has(violation.impact ?? ''))
}

/**
 * Runs axe on the page once it is still; throws listing every serious or critical violation. A violation
 * must still be there half a second later: a closing dialog, already without its title but not yet removed,
 * is a passing state, not the page.
 */
export const checkAccessibility = async (page, where = '') => {
  await settle(page)
  if ((await blockingViolations(page)).length === 0) return
  await page.waitForTimeout(SETTLE_MS)
  await settle(page)
  const blocking = await blockingViolations(page)
  if (blocking.length === 0) return
  const lines = blocking.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n      ${violation.targets.slice(0, 8).join('\n      ')}`,
  )
  throw new Error(
    `axe found ${blocking.length} serious or critical violation(s) ${where}:\n    ${lines.join('\n    ')}`,
  )
}

/** The page's width must fit its viewport: nothing may scroll sideways. */
export const checkNoSidewaysScroll = async (page, where = '') => {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
  if (scrollWidth > innerWidth)
    throw new Error(`the page is ${scrollWidth} px wide on a ${innerWidth} px screen ${where}`)
}

/**
 * The check after each step of the browser tests, on whatever page the step left open. The API explorer at /docs
 * is Swagger UI, a third-party page the client does not build, so it is not checked.
 */
export const checkAfterStep = async (page, step) => {
  if (!page || page.isClosed()) return
  const url = new URL(page.url())
  if (!url.protocol.startsWith('http') || url.pathname.startsWith('/docs')) return
  await checkAccessibility(page, `after the step "${step}"`)
}
