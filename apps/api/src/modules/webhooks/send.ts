import { lookup as dnsLookup } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { hostOf, isPublicAddress, WebhookTargetNotAllowedError } from './target.js'

export interface WebhookRequest {
  url: string
  headers: Record<string, string>
  body: string
  /** Refuse to connect to an address that is not public: the check happens at connect time too. */
  allowPrivate: boolean
  timeoutMs: number
}

export interface WebhookResponse {
  status: number
}

export type SendWebhook = (request: WebhookRequest) => Promise<WebhookResponse>

/**
 * Resolves like dns.lookup but fails for a non-public address, so a name that resolved to a public address
 * when it was checked cannot rebind to an internal one for the connection itself.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0)
    const refused = addresses.find((a) => !isPublicAddress(a.address))
    const first = addresses[0]
    if (refused || !first)
      return callback(new WebhookTargetNotAllowedError(`${hostname} resolves to a non-public address`), '', 0)
    if (options.all) return (callback as (e: null, a: typeof addresses) => void)(null, addresses)
    return callback(null, first.address, first.family)
  })
}

/** POSTs the body; redirects are not followed (a 3xx is a failed attempt), the answer's body is ignored. */
export const sendWebhook: SendWebhook = ({ url, headers, body, allowPrivate, timeoutMs }) =>
  new Promise((resolve, reject) => {
    const target = new URL(url)
    // An address literal is never looked up, so it is checked here.
    const host = hostOf(target)
    if (!allowPrivate && isIP(host) !== 0 && !isPublicAddress(host)) {
      reject(new WebhookTargetNotAllowedError(`${host} is not a public address`))
      return
    }
    const client = target.protocol === 'https:' ? https : http
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        signal: AbortSignal.timeout(timeoutMs),
        ...(allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      (response) => {
        response.resume()
        response.on('end', () => resolve({ status: response.statusCode ?? 0 }))
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(body)
  })
