import { defineConfig } from 'wxt';
import { AMAZON_BALANCE_MATCHES, AMAZON_CHECKOUT_MATCHES, AMAZON_FULL_MATCHES, AMAZON_MATCHES, AMAZON_REDEEM_MATCHES } from './src/core/marketplaces';

/** Scripts whose functions nearly all run as soon as they load: V8 compiles these at once
 * (Chrome 136+), not each function again on its first call. Side by side (tests/bench/variants.ts):
 * the every-page script cost 1.3-1.6 ms a page instead of 1.9-2.4. Other browsers ignore it. */
const EAGER_SCRIPTS = ['sentinel.js'];
const EAGER_HINT = '//# allFunctionsCalledOnLoad';

// The every-page sentinel is an unlisted script registered here by hand: WXT's content-script
// wrapper costs several milliseconds a page, the plain unlisted wrapper almost nothing.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({
    plugins: [
      {
        name: 'gcg-eager-compile',
        // After minifying (which drops comments): the hint must be the file's first line.
        generateBundle(_options, bundle) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type === 'chunk' && EAGER_SCRIPTS.includes(chunk.fileName)) chunk.code = `${EAGER_HINT}\n${chunk.code}`;
          }
        },
      },
    ],
  }),
  // The Firefox sources archive holds what a reviewer needs to rebuild: no tests or screenshots.
  zip: { excludeSources: ['tests/**', 'docs/**', '.ci/**', 'test-results/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting + host access: the scan script is injected only into pages past the every-page
    // hints (README, "Permissions"). Firefox MV2 injects with tabs.executeScript and host access.
    permissions: ['storage', 'alarms', ...(browser === 'firefox' ? [] : ['scripting'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'gift-card-guard@giftcardguard.example',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // The newest minimum among the APIs and manifest keys used (data_collection_permissions:
        // Android 142). tests/unit/android/compat.test.ts recomputes it from MDN's compat data.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts ??= [];
      const everyPage = {
        matches: ['http://*/*', 'https://*/*'],
        exclude_matches: AMAZON_MATCHES,
        all_frames: true,
        // Frames without an http(s) URL of their own (about:blank, srcdoc, blob:, data:) get the
        // guard too, matched by their creator's origin. Chrome ignores match_about_blank when
        // match_origin_as_fallback is set; browsers without the latter use the former.
        match_about_blank: true,
        match_origin_as_fallback: true,
      };
      // An empty script at document_start makes the extension's world before the page has any
      // element that could take the name `chrome` or `browser` (src/scam/channel.ts); it runs no
      // code, so it costs nothing measurable.
      manifest.content_scripts.push({ ...everyPage, js: ['world.js'], run_at: 'document_start' } as (typeof manifest.content_scripts)[number]);
      // The sentinel itself once the page is parsed: listeners, the first look and the change
      // observer in one task (every extra callback into a content script's world costs).
      manifest.content_scripts.push({ ...everyPage, js: ['sentinel.js'], run_at: 'document_idle' } as (typeof manifest.content_scripts)[number]);
      // The full Amazon script: checkout and 1-Click settings pages, every frame (the Buy Now
      // overlay is a frame of its own).
      manifest.content_scripts.push({
        matches: AMAZON_CHECKOUT_MATCHES,
        js: ['amazon.js'],
        run_at: 'document_idle',
        all_frames: true,
      });
      // The balance script (the full script's balance tracker alone): balance, redeem and
      // promotional-credit pages, every frame.
      manifest.content_scripts.push({
        matches: AMAZON_BALANCE_MATCHES,
        js: ['amazon-balances.js'],
        run_at: 'document_idle',
        all_frames: true,
      });
      // The redeem helper (Preact): redeem pages only, top frame.
      manifest.content_scripts.push({
        matches: AMAZON_REDEEM_MATCHES,
        js: ['amazon-redeem.js'],
        run_at: 'document_idle',
      });
      // The Amazon router: every other Amazon page, top frame only (it is a few hundred bytes).
      manifest.content_scripts.push({
        matches: AMAZON_MATCHES,
        exclude_matches: AMAZON_FULL_MATCHES,
        js: ['amazon-router.js'],
        run_at: 'document_idle',
      });
    },
  },
});
