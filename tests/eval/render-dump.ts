// Debug aid (train pages only): render corpus pages in Chromium without the extension and save
// the DOM after 3 s, so the scorer can be checked on what a browser shows. Usage:
//   node --import tsx tests/eval/render-dump.ts OUT_DIR author-a/03-x.html ...
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumBaseArgs } from '../e2e/harness/chromium';
import { route, setServerInfo, urlFor } from '../e2e/harness/client';
import { CHROMIUM_PATH } from '../e2e/harness/paths';
import { startFixtureServer } from '../e2e/harness/server';
import { html, loadCorpus } from './corpus';

const [out, ...ids] = process.argv.slice(2);
const pages = loadCorpus().filter((p) => p.split === 'train' && ids.includes(p.id));
const server = await startFixtureServer({ port: 0 });
setServerInfo({ port: server.port, token: server.token, cert: server.cert });
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, pipe: true, args: chromiumBaseArgs(server.port) });
try {
  for (const p of pages) {
    const url = new URL(p.url.replace(/^http:/, 'https:'));
    await route(url.hostname, url.pathname, html(p));
    const page = await browser.newPage();
    await page.goto(urlFor(url.href), { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 3000));
    const meta = html(p).split('\n')[0];
    fs.writeFileSync(path.join(out!, p.id.replace('/', '__')), `${meta}\n${await page.content()}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
