// Something shaped like an Amazon claim code: 4-6-4 or 4-6-5 letters and digits, with dashes
// (or spaces) between the groups, or none. Undashed, it must be written in capitals as on the
// card, so ordinary long words and lower-case tokens do not count. Never stored, never sent.

// Built on first use, not at load: the every-page script carries this, and most pages never
// see a keystroke.
const DASHED = () => /(?:^|[^A-Za-z0-9-])([A-Za-z0-9]{4})[- ]([A-Za-z0-9]{6})[- ]([A-Za-z0-9]{4,5})(?![A-Za-z0-9-])/g;
const PLAIN = () => /(?:^|[^A-Za-z0-9])([A-Z0-9]{14,15})(?![A-Za-z0-9])/g;

function mixed(s: string): boolean {
  const letters = s.replace(/[^A-Za-z]/g, '').length;
  const digits = s.replace(/[^0-9]/g, '').length;
  return letters >= 2 && digits >= 2;
}

/**
 * True when the text holds a claim-code-shaped token. `dashedOnly` is for password fields, where
 * a random undashed password would look the same.
 */
export function hasClaimCode(text: string, dashedOnly = false): boolean {
  if (text.length < 14) return false;
  const s = text.length > 20_000 ? text.slice(-20_000) : text;
  for (const m of s.matchAll(DASHED())) if (mixed(`${m[1]}${m[2]}${m[3]}`)) return true;
  if (dashedOnly) return false;
  for (const m of s.matchAll(PLAIN())) if (mixed(m[1] ?? '')) return true;
  return false;
}
