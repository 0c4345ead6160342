// Where a webhook may deliver (SSRF protection): http(s) URLs without credentials, and never to
// a loopback, private, link-local, carrier-grade NAT, multicast or otherwise reserved address
// unless an admin allowed it for that webhook. The check that counts happens at delivery time, on
// the very addresses the connection uses (a custom `lookup` for the socket), so a name that
// resolves elsewhere later (DNS rebinding) is caught too; the check at creation only gives an
// early, clear answer.
import type { MessageCode } from '../../domain/messages/catalogue'
import { lookup, type LookupAddress, type LookupOptions } from 'node:dns'
import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'

/** Whether `address` is an ordinary public unicast address (IPv4-mapped IPv6 as IPv4). */
export function isPublicAddress(address: string): boolean {
  try {
    return ipaddr.process(address).range() === 'unicast'
  } catch {
    return false
  }
}

export class BlockedTarget extends Error {}

/** Why `url` cannot be a webhook target, or null. */
export function targetProblem(url: string, allowPrivate: boolean): MessageCode | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'webhook.url-absolute'
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'webhook.url-http'
  if (parsed.username || parsed.password) return 'webhook.url-credentials'
  if (parsed.protocol === 'http:' && !allowPrivate) return 'webhook.url-https'
  const host = parsed.hostname.replace(/^\[|\]$/g, '')
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost')))
    return 'webhook.url-loopback'
  if (!allowPrivate && isIP(host) && !isPublicAddress(host)) return 'webhook.url-private'
  return null
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void

/** A socket `lookup` that refuses non-public addresses unless `allowPrivate`. */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, [])
      const blocked = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address))
      if (blocked || addresses.length === 0) {
        const why = blocked
          ? `${hostname} resolves to ${blocked.address}, not a public address`
          : `${hostname} has no address`
        return callback(new BlockedTarget(why), [])
      }
      if (options.all) return callback(null, addresses)
      callback(null, addresses[0]!.address, addresses[0]!.family)
    })
  }
}
