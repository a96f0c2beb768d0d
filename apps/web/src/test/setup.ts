import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, vi } from 'vitest'
import { i18n } from '../lib/i18n'
import { en } from '../lib/i18n/en'
import { lt } from '../lib/i18n/lt'

// The app fetches English and each area's Lithuanian texts on demand; tests render parts of pages on their own
// and have every text at once (`app/area-texts.test.ts` checks what each page loads).
i18n.addResourceBundle('lt', 'translation', lt, true, true)
i18n.addResourceBundle('en', 'translation', en)

// findBy and waitFor give up after 1 s by default; a page's first render also loads its lazy chunk, which
// vitest transforms on first import, and on a busy machine that alone can take longer.
configure({ asyncUtilTimeout: 5_000 })

afterEach(() => {
  cleanup()
  // Drafts of forms are kept in localStorage: none may reach the next test.
  localStorage.clear()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

// jsdom lacks these; Mantine reads them.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
})

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub
window.HTMLElement.prototype.scrollIntoView = () => undefined
