import pino from 'pino'
import { loadConfig } from '../config.js'
import { openDatabase } from './client.js'
import { migrateDatabase } from './migrate.js'
import { seedDemoData } from './seed.js'

const config = loadConfig()
const log = pino({ level: config.logLevel })
const handle = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: 2, log })
await migrateDatabase(handle)
const created = await seedDemoData(handle.db, config)
await handle.close()
log.info({ organisations: created }, created > 0 ? 'demo data seeded' : 'demo data was already there')
