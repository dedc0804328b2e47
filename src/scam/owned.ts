// Amazon's own registrable domains, as a plain list (no tldts here: the scan script uses it).
// Cloud and hosting domains Amazon runs for its customers (amazonaws.com, cloudfront.net,
// amplifyapp.com, elasticbeanstalk.com, awsapps.com, on.aws) serve anyone's pages: never Amazon.
// The 23 marketplaces are spelled out (not imported from src/core/marketplaces.ts) to keep the
// scan script small; tests/unit/scam/domain.test.ts checks the two lists agree.

const AUDIBLE = ['com', 'co.uk', 'de', 'fr', 'it', 'es', 'ca', 'com.au', 'co.jp', 'in'].map((s) => `audible.${s}`);

export const AMAZON_OWNED: readonly string[] = [
  ...'com ca com.mx com.br co.uk de fr it es nl com.be ie se pl com.tr eg sa ae in co.za sg com.au co.jp'
    .split(' ')
    .map((s) => `amazon.${s}`),
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
  const lower = rawHost.toLowerCase();
  const host = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (NOT_AMAZON.some((d) => under(host, d))) return false;
  return AMAZON_OWNED.some((d) => under(host, d));
}
