import { describe, expect, it } from 'vitest'
import { isPublicAddress, parseWebhookUrl } from '../../src/modules/webhooks/target.js'

describe('which addresses a webhook may reach', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.20.30.40',
    '172.31.255.255',
    '192.168.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.255.254',
    '0.0.0.0',
    '224.0.0.251',
    '255.255.255.255',
    '::',
    '::1',
    'fe80::1',
    'febf::1',
    'fc00::1',
    'fdff:ffff::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a00:1',
    '0:0:0:0:0:ffff:a9fe:a9fe',
    'not an address',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false)
  })

  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
  ])('allows the public %s', (address) => {
    expect(isPublicAddress(address)).toBe(true)
  })

  it('takes http(s) URLs only, without credentials', () => {
    expect(parseWebhookUrl('https://vtas.vilnius.lt/hooks').href).toBe('https://vtas.vilnius.lt/hooks')
    for (const bad of ['ftp://x.lt/', 'file:///etc/passwd', 'javascript:alert(1)', 'https://u:p@x.lt/', 'x'])
      expect(() => parseWebhookUrl(bad)).toThrow()
  })
})
