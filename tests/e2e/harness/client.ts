// Test-side view of the fixture server (server.ts), which runs in vitest's main process.
// The port, token and certificate come from global-setup.ts through vitest's provide/inject.

import https from 'node:https';
import { inject } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './paths';
import type { RequestRecord, RouteSpec, ServerInfo } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eServer: ServerInfo;
    /** Copies of .output/chrome-mv3 and .output/firefox-mv2 taken when the run started. */
    e2eBuilds: { chrome: string; firefox: string };
  }
}

let override: ServerInfo | undefined;

/** For use outside vitest (tests/e2e/start.mjs): say which server to talk to. */
export function setServerInfo(info: ServerInfo): void {
  override = info;
}

export function serverInfo(): ServerInfo {
  if (override) return override;
  try {
    return inject('e2eServer');
  } catch {
    throw new Error(
      'The e2e fixture server is not running. Run the e2e tests with `npm run test:e2e` ' +
        '(vitest -c vitest.e2e.config.ts), whose globalSetup starts it.',
    );
  }
}

/**
 * The unpacked extensions the launchers load by default: the copies global-setup.ts made at the
 * start of the run, or .output/ itself outside vitest.
 */
export function builds(): { chrome: string; firefox: string } {
  try {
    return inject('e2eBuilds');
  } catch {
    return { chrome: CHROME_BUILD, firefox: FIREFOX_BUILD };
  }
}

/** The port the fixture server listens on (443 when it could be bound). */
export function serverPort(): number {
  return serverInfo().port;
}

/**
 * A URL the browsers can open: `urlFor('https://www.amazon.com/checkout/p/p-1/pay?x=1')` returns
 * it unchanged when the server is on 443, else with the server's port added
 * (https://www.amazon.com:40123/checkout/p/p-1/pay?x=1). Content-script match patterns ignore the
 * port, so the extension still sees "www.amazon.com". Give "http:" URLs only if you mean to test
 * a plain-HTTP page: the server only speaks HTTPS.
 */
export function urlFor(url: string): string {
  const u = new URL(url);
  const port = serverPort();
  if (u.protocol === 'https:' && port !== 443) u.port = String(port);
  return u.toString();
}

function call(method: string, path: string, body?: unknown): Promise<unknown> {
  const info = serverInfo();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: info.port,
        method,
        path,
        ca: info.cert,
        headers: {
          'x-harness-token': info.token,
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if ((res.statusCode ?? 500) >= 400) reject(new Error(`fixture server ${method} ${path}: ${res.statusCode} ${text}`));
          else resolve(text ? JSON.parse(text) : undefined);
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export interface RouteOptions {
  status?: number;
  contentType?: string;
  headers?: Record<string, string>;
}

/**
 * Serve `html` at https://HOST/PATH (query ignored; a PATH ending in "*" is a prefix).
 * `host` "*" matches every host. The same host+path registered again replaces the old page.
 * Routes are cleared before each test file (setup.ts).
 */
export async function route(host: string, path: string, html: string, opts: RouteOptions = {}): Promise<void> {
  await call('POST', '/__harness/routes', { host, path, body: html, ...opts } satisfies RouteSpec);
}

/** Serve the file tests/fixtures/<fixture> at https://HOST/PATH. */
export async function routeFixture(host: string, path: string, fixture: string, opts: RouteOptions = {}): Promise<void> {
  await call('POST', '/__harness/routes', { host, path, fixture, ...opts } satisfies RouteSpec);
}

/**
 * Route a full URL to a fixture file or HTML in one go:
 * `await servePage('https://www.amazon.com/checkout/p/p-1/pay', { fixture: 'smoke/amazon-pay.html' })`
 * returns urlFor(url), ready for page.goto().
 */
export async function servePage(url: string, page: { fixture: string } | { html: string }, opts: RouteOptions = {}): Promise<string> {
  const u = new URL(url);
  if ('fixture' in page) await routeFixture(u.hostname, u.pathname, page.fixture, opts);
  else await route(u.hostname, u.pathname, page.html, opts);
  return urlFor(url);
}

export async function clearRoutes(): Promise<void> {
  await call('DELETE', '/__harness/routes');
}

/** Every request the server answered since the last clearRequests(), oldest first. */
export async function requests(filter: { host?: string } = {}): Promise<RequestRecord[]> {
  const all = (await call('GET', '/__harness/requests')) as RequestRecord[];
  return filter.host ? all.filter((r) => r.host === filter.host!.toLowerCase()) : all;
}

export async function clearRequests(): Promise<void> {
  await call('DELETE', '/__harness/requests');
}

export type { RequestRecord, RouteSpec, ServerInfo };
