import { isIP } from 'node:net';
import { loadProxyConfig } from './config';

/**
 * The client's address for sign-in throttling, from X-Forwarded-For. Next.js fills that header with
 * the socket's address when no proxy set it; a reverse proxy appends the address it saw, so the
 * right-most entries are the trustworthy ones (TRUSTED_PROXY_HOPS skips further proxies). Entries
 * further left are whatever the client wrote and are never used.
 */
export function clientAddressFrom(headers: Headers, trustedProxyHops: number = loadProxyConfig().trustedProxyHops): string | null {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const candidate = entries[entries.length - 1 - trustedProxyHops];
  if (!candidate) return null;
  // IPv4-mapped IPv6 (::ffff:127.0.0.1) is the IPv4 address.
  const address = candidate.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return isIP(address) ? address.toLowerCase() : null;
}
