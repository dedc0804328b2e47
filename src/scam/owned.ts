// Amazon's own registrable domains, as a plain list (no tldts here: the every-page script uses it).
// Cloud and hosting domains Amazon runs for its customers (amazonaws.com, cloudfront.net,
// amplifyapp.com, elasticbeanstalk.com, awsapps.com, on.aws) serve anyone's pages: never Amazon.
import { MARKETPLACES } from '../core/marketplaces';

const AUDIBLE = ['com', 'co.uk', 'de', 'fr', 'it', 'es', 'ca', 'com.au', 'co.jp', 'in'].map((s) => `audible.${s}`);

export const AMAZON_OWNED: readonly string[] = [
  ...MARKETPLACES.map((m) => m.domain),
  'amazon.cn',
  'a.co',
  'amzn.to',
  'amzn.com',
  'amzn.eu',
  'amzn.asia',
  'primevideo.com',
  'aboutamazon.com',
  'amazon.jobs',
  'amazon.science',
  'amazonpay.in',
  ...AUDIBLE,
];

/** Hosts that are not Amazon although the name says so. Checked before AMAZON_OWNED. */
export const NOT_AMAZON: readonly string[] = [
  'amazonaws.com',
  'cloudfront.net',
  'amplifyapp.com',
  'elasticbeanstalk.com',
  'awsapps.com',
  'on.aws',
];

function under(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** True when the host is one of Amazon's own sites (or a subdomain of one). */
export function isAmazonOwnedHost(rawHost: string): boolean {
  const host = rawHost.toLowerCase().replace(/\.$/, '');
  if (NOT_AMAZON.some((d) => under(host, d))) return false;
  return AMAZON_OWNED.some((d) => under(host, d));
}
