// vitest: unit (domain), API and browser end-to-end tests. Browser tests start their own server
// and Chromium, so files run in forks with a generous timeout for them.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
