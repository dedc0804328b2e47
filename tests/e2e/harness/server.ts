// The fixture web server for the e2e suite. It runs once, in vitest's main process (see
// global-setup.ts); the test files talk to it through client.ts.
//
// * HTTPS on 127.0.0.1 with a self-signed certificate made at start-up (the browsers are told to
//   ignore certificate errors). Every host name the browsers ask for is mapped here
//   (Chromium: --host-resolver-rules, Firefox: network.dns.forceResolve), so a page "on"
//   https://www.amazon.com/... is served by this process and nothing leaves the machine.
// * Port 443 when it can be bound (we run as root), else a random port; urlFor() adds it.
// * Pages are found by host + path in a route table that tests fill at run time, either with an
//   HTML string or with a file under tests/fixtures/. Any host also serves tests/fixtures/ itself
//   under /__fixtures/<path> (for stylesheets and images a fixture page links to).
// * Every request is logged, so a test can check what the browser or the extension fetched.
// * /__harness/* is the control API used by client.ts. It needs the random token.

import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { generate } from 'selfsigned';
import { FIXTURES_DIR } from './paths';

export interface RouteSpec {
  /** Host name without port, e.g. "www.amazon.com"; "*" matches any host. */
  host: string;
  /** Exact path without query ("/checkout/p/p-1/pay"), or a prefix ending in "*" ("/gc/*"). */
  path: string;
  /** Response body. Give this or `fixture`. */
  body?: string;
  /** File under tests/fixtures/ to serve, read on every request (so edits show up at once). */
  fixture?: string;
  status?: number;
  /** Defaults to text/html (or from the fixture's file extension). */
  contentType?: string;
  headers?: Record<string, string>;
}

export interface RequestRecord {
  method: string;
  host: string;
  /** Path and query as sent. */
  url: string;
  status: number;
  /** How the request was answered: "route", "fixture-dir", "not-found". */
  servedBy: string;
  time: number;
}

export interface ServerInfo {
  port: number;
  /** Needed for the control API. */
  token: string;
  /** PEM of the self-signed certificate; client.ts trusts exactly this. */
  cert: string;
}

export interface FixtureServer extends ServerInfo {
  /** Add routes in-process (tests use client.ts instead, which goes through the control API). */
  route(spec: RouteSpec | RouteSpec[]): void;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function mimeFor(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Resolve a path under tests/fixtures/, refusing anything that climbs out of it. */
export function fixtureFile(rel: string): string {
  const file = path.resolve(FIXTURES_DIR, rel.replace(/^\/+/, ''));
  if (file !== FIXTURES_DIR && !file.startsWith(FIXTURES_DIR + path.sep)) {
    throw new Error(`fixture path escapes tests/fixtures: ${rel}`);
  }
  return file;
}

function hostOf(req: IncomingMessage): string {
  const raw = (req.headers.host ?? '').toLowerCase();
  return raw.replace(/:\d+$/, '').replace(/\.$/, '');
}

function decodePath(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

function score(route: RouteSpec, host: string, pathname: string): number {
  const hostScore = route.host === host ? 2 : route.host === '*' ? 0 : -1;
  if (hostScore < 0) return -1;
  if (route.path.endsWith('*')) {
    const prefix = route.path.slice(0, -1);
    // Prefix routes rank below exact ones; longer prefixes win.
    return pathname.startsWith(prefix) ? hostScore * 100_000 + prefix.length : -1;
  }
  return route.path === pathname ? hostScore * 100_000 + 50_000 : -1;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function notFoundPage(host: string, url: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>404 Not Found</title></head>
<body><h1>Not found</h1><p>The e2e fixture server has no route for <code>${escapeHtml(host + url)}</code>.
Register one with route() or routeFixture() from tests/e2e/harness.</p></body></html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function bindPort(server: https.Server, wanted: number): Promise<number> {
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const onError = (err: Error) => {
        server.off('listening', onListening);
        reject(err);
      };
      const onListening = () => {
        server.off('error', onError);
        resolve((server.address() as AddressInfo).port);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(port, '127.0.0.1');
    });
  if (wanted === 0) return listen(0);
  try {
    return await listen(wanted);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EADDRINUSE' && code !== 'EACCES') throw err;
    return listen(0);
  }
}

/**
 * Start the server. `port` defaults to $E2E_PORT, else 443 (falling back to a random port when
 * 443 is taken or not allowed).
 */
export async function startFixtureServer(opts: { port?: number } = {}): Promise<FixtureServer> {
  const pems = await generate([{ name: 'commonName', value: 'gift-card-guard-e2e' }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  const token = crypto.randomBytes(16).toString('hex');
  const routes: RouteSpec[] = [];
  const log: RequestRecord[] = [];

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
    res.end(body);
  };

  const addRoutes = (specs: RouteSpec | RouteSpec[]) => {
    for (const spec of Array.isArray(specs) ? specs : [specs]) {
      const host = spec.host.toLowerCase();
      // Requests are matched on the decoded path, so a route given as URL.pathname (percent-
      // encoded: "/view/%D8%A7…") is decoded too.
      const path = decodePath(spec.path);
      if (spec.fixture) fixtureFile(spec.fixture); // validate now, fail the test early
      // Same host + path replaces the earlier route.
      const i = routes.findIndex((r) => r.host === host && r.path === path);
      if (i >= 0) routes.splice(i, 1);
      routes.push({ ...spec, host, path });
    }
  };

  const control = async (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    if (req.headers['x-harness-token'] !== token) return send(res, 403, 'text/plain', 'bad token');
    const json = (value: unknown) => send(res, 200, 'application/json', JSON.stringify(value));
    if (pathname === '/__harness/routes' && req.method === 'POST') {
      addRoutes(JSON.parse(await readBody(req)) as RouteSpec | RouteSpec[]);
      return json({ ok: true, routes: routes.length });
    }
    if (pathname === '/__harness/routes' && req.method === 'DELETE') {
      routes.length = 0;
      return json({ ok: true });
    }
    if (pathname === '/__harness/requests' && req.method === 'GET') return json(log);
    if (pathname === '/__harness/requests' && req.method === 'DELETE') {
      log.length = 0;
      return json({ ok: true });
    }
    return send(res, 404, 'text/plain', 'unknown control endpoint');
  };

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const host = hostOf(req);
    const url = req.url ?? '/';
    const pathname = decodePath(url.split('?')[0]!.split('#')[0]!);
    if (pathname.startsWith('/__harness/')) return control(req, res, pathname);

    const record = (status: number, servedBy: string) =>
      log.push({ method: req.method ?? 'GET', host, url, status, servedBy, time: Date.now() });

    let best: RouteSpec | undefined;
    let bestScore = -1;
    for (const r of routes) {
      const s = score(r, host, pathname);
      if (s >= bestScore && s >= 0) {
        best = r;
        bestScore = s;
      }
    }
    if (best) {
      const status = best.status ?? 200;
      let body: string | Buffer = best.body ?? '';
      let type = best.contentType ?? 'text/html; charset=utf-8';
      if (best.fixture) {
        const file = fixtureFile(best.fixture);
        body = await fs.promises.readFile(file);
        type = best.contentType ?? mimeFor(file);
      }
      record(status, 'route');
      return send(res, status, type, body, best.headers);
    }
    if (pathname.startsWith('/__fixtures/')) {
      try {
        const file = fixtureFile(pathname.slice('/__fixtures/'.length));
        const body = await fs.promises.readFile(file);
        record(200, 'fixture-dir');
        return send(res, 200, mimeFor(file), body);
      } catch {
        // fall through to 404
      }
    }
    if (pathname === '/favicon.ico') {
      record(204, 'not-found');
      res.writeHead(204, { 'cache-control': 'no-store' });
      return res.end();
    }
    record(404, 'not-found');
    return send(res, 404, 'text/html; charset=utf-8', notFoundPage(host, url));
  };

  const server = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    handler(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain', String(err));
      else res.end();
    });
  });
  const wanted = opts.port ?? (process.env.E2E_PORT ? Number(process.env.E2E_PORT) : 443);
  const port = await bindPort(server, wanted);
  return {
    port,
    token,
    cert: pems.cert,
    route: addRoutes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
