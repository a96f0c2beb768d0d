import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'
import { AppError, BadRequestError } from '../../lib/errors.js'

/** Addresses a webhook may never reach unless the operator allows private targets. */
const NOT_PUBLIC = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fe80::', 10],
  ['fc00::', 7],
  ['ff00::', 8],
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6')

/** The IPv4 address an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`, `::ffff:7f00:1`) stands for. */
function mappedIpv4(address: string): string | null {
  const lower = address.toLowerCase()
  const dotted = /^(?:0{0,4}:){0,4}:?:ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower)
  if (dotted?.[1]) return dotted[1]
  const hex = /^(?:0{0,4}:){0,4}:?:ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower)
  if (!hex?.[1] || !hex[2]) return null
  const high = Number.parseInt(hex[1], 16)
  const low = Number.parseInt(hex[2], 16)
  return [high >> 8, high & 255, low >> 8, low & 255].join('.')
}

/** Whether an IP address is public: not private, loopback, link-local, unique-local, CGNAT or multicast. */
export function isPublicAddress(address: string): boolean {
  const mapped = mappedIpv4(address)
  if (mapped) return !NOT_PUBLIC.check(mapped, 'ipv4')
  const version = isIP(address)
  if (version === 0) return false
  return !NOT_PUBLIC.check(address, version === 4 ? 'ipv4' : 'ipv6')
}

export class WebhookTargetNotAllowedError extends AppError {
  constructor(detail: string) {
    super('webhook-target-not-allowed', detail)
  }
}

/** An http(s) URL without credentials, or a 400 naming the field. */
export function parseWebhookUrl(value: string, pointer = '/body/url'): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new BadRequestError('The webhook URL is not a URL.', [{ pointer, code: 'invalid-format' }])
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new BadRequestError('A webhook URL must start with https:// or http://.', [
      { pointer, code: 'invalid-format' },
    ])
  if (url.username || url.password)
    throw new BadRequestError('A webhook URL must not carry a user name or password.', [
      { pointer, code: 'invalid-format' },
    ])
  return url
}

/** The URL's host without the brackets of an IPv6 literal. */
export const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1')

/**
 * Refuses a URL whose host is, or resolves to, any address that is not public (every address the name has:
 * one private answer is enough to refuse), unless the operator allows private targets.
 */
export async function checkWebhookTarget(url: URL, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return
  const host = hostOf(url)
  let addresses: string[]
  if (isIP(host)) addresses = [host]
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address)
    } catch {
      throw new WebhookTargetNotAllowedError(`The webhook host ${host} does not resolve.`)
    }
  }
  const refused = addresses.find((address) => !isPublicAddress(address))
  if (refused || addresses.length === 0)
    throw new WebhookTargetNotAllowedError(
      `The webhook host ${host} resolves to ${refused ?? 'nothing'}, which is not a public address.`,
    )
}
