// Schemas of the PostgreSQL test database (TEST_DATABASE_URL): one per test app, dropped with it.
import pg from 'pg'

async function run(statement: string) {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

const checked = (schema: string) => {
  if (!/^test_[a-f0-9]{12}$/.test(schema)) throw new Error(`Not a test schema: ${schema}`)
  return schema
}

export const createSchema = (schema: string) => run(`create schema ${checked(schema)}`)
export const dropSchema = (schema: string) => run(`drop schema ${checked(schema)} cascade`)
