import { createServer } from 'node:net'
import pino from 'pino'
import { type DatabaseHandle, openDatabase } from '../../src/db/client.js'

/** A port that was free a moment ago: nothing listens there, so connecting to it is refused. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })

/** A PostgreSQL pool pointed at a server that is not running, as when the database is down. */
export async function openUnreachableDatabase(): Promise<DatabaseHandle> {
  const port = await closedPort()
  return openDatabase({
    url: `postgres://postgres@127.0.0.1:${port}/onestop`,
    dataDir: '',
    poolSize: 4,
    log: pino({ level: 'silent' }),
  })
}
