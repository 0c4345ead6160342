// vitest: unit (domain), API and browser end-to-end tests. Browser tests start their own server
// and Chromium, so files run in forks with a generous timeout for them. With TEST_DATABASE_URL
// set (a PostgreSQL database the tests may create schemas in), the API tests run a second time
// on PostgreSQL, each test file in a schema of its own; tests of SQLite's own machinery (its
// writer thread, its file, its query plans, its migrations' backfills) run on SQLite only.
import { defineConfig } from 'vitest/config'

const SQLITE_ONLY = [
  'test/api/deferred-aggregates.test.ts',
  'test/api/deferred-aggregates-slices.test.ts',
  'test/api/durability.test.ts',
  'test/api/raw-export-pages.test.ts',
  'test/api/migrations.test.ts',
  'test/api/aggregate-accumulator.test.ts',
  'test/api/csv-record.property.test.ts',
  'test/api/sqlite-transactions.test.ts',
]

export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['test/**/*.test.ts'] } },
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: ['test/api/**/*.test.ts'],
                exclude: SQLITE_ONLY,
                env: { TEST_DIALECT: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
})
