import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { precompress } from './vite-precompress'

const api = 'http://localhost:3000'

/** Packages whose own chunks stay cached across releases; the rest are split by Rollup along the pages. */
const VENDOR_CHUNKS: Record<string, RegExp> = {
  // What every page needs before it can draw anything.
  framework:
    /\/node_modules\/(react|react-dom|scheduler|react-router|@tanstack\/[^/]+|i18next|react-i18next|react-transition-group|dom-helpers|prop-types|react-is|clsx|@babel\/runtime)\/|^\0commonjsHelpers/,
  fullcalendar: /\/node_modules\/(@fullcalendar\/[^/]+|preact)\//,
  charts:
    /\/node_modules\/(recharts|recharts-scale|react-smooth|victory-vendor|d3-[^/]+|lodash|decimal\.js-light)\//,
}

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    port: 5173,
    proxy: { '/api': api, '/docs': api },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        manualChunks: (id) => Object.keys(VENDOR_CHUNKS).find((chunk) => VENDOR_CHUNKS[chunk]?.test(id)),
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // Vitest's default (cores - 1) is one worker on a 2-core machine: two took `src/features/families
    // src/features/bookings` from 37 s to 27 s.
    maxWorkers: 2,
    // A test that fills a form by keyboard and pointer takes one to three seconds in jsdom on an idle machine and
    // several times that on a busy one (two passed alone and failed at vitest's 5 s beside other work). The limit
    // is there to stop a test that hangs, not to fail a slow machine.
    testTimeout: 30_000,
  },
})
