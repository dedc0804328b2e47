#!/usr/bin/env node
// Render public/icon/icon.svg to public/icon/{32,48,128}.png, and its pixel-grid version
// public/icon/icon-small.svg to 16.png, with headless Debian Chromium.
//   node tests/tools/render-icons.mjs        (then look at the PNGs and commit them)
// WXT picks public/icon/<size>.png up as the manifest's "icons" on its own.
// The browser is cut off from the network: every host name resolves to nothing.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = path.join(ROOT, 'public/icon');
const SOURCES = { 16: 'icon-small.svg', 32: 'icon.svg', 48: 'icon.svg', 128: 'icon.svg' };
const CHROMIUM = '/usr/bin/chromium';

if (!fs.existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: run apt-get install -y chromium`);
  process.exit(1);
}
const dataUrl = (file) => `data:image/svg+xml;base64,${fs.readFileSync(path.join(DIR, file)).toString('base64')}`;
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gcg-icons-'));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  pipe: true,
  userDataDir,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-proxy-server', '--host-resolver-rules=MAP * ~NOTFOUND'],
});
try {
  const page = await browser.newPage();
  for (const [key, file] of Object.entries(SOURCES)) {
    const size = Number(key);
    const src = dataUrl(file);
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent"><img id="i" src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.waitForFunction(() => document.getElementById('i').complete);
    const out = path.join(DIR, `${size}.png`);
    await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`wrote ${path.relative(ROOT, out)} from ${file}`);
  }
} finally {
  await browser.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
