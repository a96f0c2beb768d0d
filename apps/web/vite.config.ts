import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

const api = 'http://localhost:3000'

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': api, '/docs': api },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One vendor chunk: libraries change less often than the app, so it stays cached across releases.
    // (Finer splits of React-dependent libraries create circular chunks that break start-up.)
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      output: { manualChunks: (id) => (id.includes('node_modules') ? 'vendor' : undefined) },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
  },
})
