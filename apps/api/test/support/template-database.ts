import { randomBytes } from 'node:crypto'
import pg from 'pg'
import pino from 'pino'
import type { TestProject } from 'vitest/node'
import { openDatabase } from '../../src/db/client.js'
import { migrateDatabase } from '../../src/db/migrate.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PostgreSQL database each test file copies instead of migrating its own; none on PGlite. */
    templateDatabase: string | undefined
  }
}

const run = async (sql: string) => {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  await admin.connect()
  try {
    await admin.query(sql)
  } finally {
    await admin.end()
  }
}

/**
 * Vitest's global setup: on PostgreSQL, migrates one template database for the run, so that each test file's
 * database is a copy of it (`create database … template`, a fraction of a second) rather than a migration of
 * its own (over a second each); dropped when the run ends.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL
  if (!url) {
    project.provide('templateDatabase', undefined)
    return
  }
  const name = `onestop_template_${process.pid}_${randomBytes(4).toString('hex')}`
  await run(`create database ${name}`)
  const template = new URL(url)
  template.pathname = `/${name}`
  const handle = openDatabase({
    url: template.toString(),
    dataDir: '',
    poolSize: 1,
    log: pino({ level: 'silent' }),
  })
  try {
    await migrateDatabase(handle)
  } finally {
    await handle.close()
  }
  project.provide('templateDatabase', name)
  return () => run(`drop database if exists ${name} with (force)`)
}
