// The registrable domain ("site") of a URL, with the public-suffix list (private domains on,
// so every s3 bucket or github.io page is its own site). Background and Node only: tldts is big.
import { getDomain, getHostname } from 'tldts';

export function registrableSite(url: string): string {
  const host = getHostname(url) ?? '';
  return getDomain(url, { allowPrivateDomains: true }) ?? host;
}
