// The every-page script. Keep it tiny: no Preact, no tldts, no polyfill.
export function runSentinel(): void {
  try {
    document.documentElement.dataset.giftCardGuard = 'sentinel';
  } catch {
    // Never throw into a page.
  }
}
