import pino from 'pino'
import { loadConfig } from '../config.js'
import { openDatabase } from './client.js'
import { migrateDatabase } from './migrate.js'

const config = loadConfig()
const log = pino({ level: config.logLevel })
const handle = openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: 2, log })
await migrateDatabase(handle)
await handle.close()
log.info('migrations applied')
