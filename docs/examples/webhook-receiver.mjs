// A One Stop webhook receiver in plain Node (no dependencies): verifies each delivery's signature and
// timestamp, then prints the event. Run it with the signing secret you got when you subscribed:
//
//   ONESTOP_WEBHOOK_SECRET=whsec_... PORT=8080 node docs/examples/webhook-receiver.mjs
//
// Answer 2xx quickly; One Stop retries anything else with backoff. The same event may arrive twice (for
// example after a timeout): `OneStop-Webhook-Id` is the same each time, so keep the ids you handled.
import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer } from 'node:http'
import { pathToFileURL } from 'node:url'

const header = (headers, name) => {
  const value = headers[name.toLowerCase()] ?? headers[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * Checks one delivery. `body` is the raw request body as received (string or Buffer), `headers` its headers
 * (any case), `now` a Date. Returns `{ ok: true, event }` or `{ ok: false, reason }`.
 */
export function verifyWebhook({ secret, headers, body, now = new Date(), toleranceSeconds = 300 }) {
  const timestamp = header(headers, 'OneStop-Webhook-Timestamp')
  const signature = header(headers, 'OneStop-Webhook-Signature')
  if (!timestamp || !/^\d{1,12}$/.test(timestamp))
    return { ok: false, reason: 'missing or invalid timestamp' }
  if (!signature) return { ok: false, reason: 'missing signature' }
  // A timestamp far from now is a replay of an old delivery (or a badly wrong clock): refuse it.
  if (Math.abs(Math.floor(now.getTime() / 1000) - Number(timestamp)) > toleranceSeconds)
    return { ok: false, reason: 'stale timestamp' }
  const raw = Buffer.isBuffer(body) ? body.toString('utf8') : String(body)
  const expected = Buffer.from(
    `v1=${createHmac('sha256', secret).update(`${timestamp}.${raw}`).digest('hex')}`,
  )
  // One header may carry several signatures (`v1=…, v1=…`) while the secret rotates.
  const matches = signature
    .split(',')
    .map((s) => Buffer.from(s.trim()))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected))
  if (!matches) return { ok: false, reason: 'wrong signature' }
  try {
    return { ok: true, event: JSON.parse(raw) }
  } catch {
    return { ok: false, reason: 'body is not JSON' }
  }
}

function serve(secret, port) {
  const server = createServer((request, response) => {
    const chunks = []
    request.on('data', (chunk) => chunks.push(chunk))
    request.on('end', () => {
      const result = verifyWebhook({ secret, headers: request.headers, body: Buffer.concat(chunks) })
      if (!result.ok) {
        console.error(`refused: ${result.reason}`)
        response.writeHead(401).end()
        return
      }
      console.log(JSON.stringify(result.event, null, 2))
      response.writeHead(204).end()
    })
  })
  server.listen(port, () => console.log(`listening for One Stop webhooks on port ${port}`))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const secret = process.env.ONESTOP_WEBHOOK_SECRET
  if (!secret) {
    console.error('Set ONESTOP_WEBHOOK_SECRET to the signing secret you got when you subscribed.')
    process.exit(1)
  }
  serve(secret, Number(process.env.PORT ?? 8080))
}
