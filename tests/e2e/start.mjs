#!/usr/bin/env node
// `npm start` = `npm run build` (both browsers) + this: say where the unpacked builds are and how
// to load them. It starts no browser, so it works the same on a machine without a display.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const builds = [
  { name: 'Chrome / Chromium (Manifest V3)', dir: '.output/chrome-mv3' },
  { name: 'Firefox (Manifest V2)', dir: '.output/firefox-mv2' },
];

let missing = false;
for (const b of builds) {
  const manifest = path.join(ROOT, b.dir, 'manifest.json');
  if (!fs.existsSync(manifest)) {
    console.error(`No build at ${b.dir}: run \`npm run build\`.`);
    missing = true;
  } else {
    b.version = JSON.parse(fs.readFileSync(manifest, 'utf8')).version;
  }
}
if (missing) process.exit(1);

const abs = (d) => path.join(ROOT, d);
console.log(`
Gift Card Guard ${builds[0].version} is built.

  ${builds[0].name}
    ${abs(builds[0].dir)}
    Open chrome://extensions, switch on "Developer mode", click "Load unpacked" and pick that folder.

  ${builds[1].name}
    ${abs(builds[1].dir)}
    Open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on..." and pick
    ${path.join(abs(builds[1].dir), 'manifest.json')}
    (a temporary add-on stays until Firefox restarts).

After a code change, run \`npm start\` again and press "Reload" on the extension's card.
Store archives: \`npm run zip\`.
`);
