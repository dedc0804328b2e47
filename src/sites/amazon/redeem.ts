// Claim-code cleaning and checks (research notes §11). Pure: the code is never logged or stored.
// Claim codes are 4-6-4 (14) or 4-6-5 (15, JP) letters and digits; the printed serial is 16 digits.

export type CodeCheck =
  | { kind: 'empty' }
  | { kind: 'claim-code'; code: string; display: string }
  | { kind: 'serial'; code: string; display: string }
  | { kind: 'wrong-length'; code: string; display: string; length: number }
  | { kind: 'bad-characters'; code: string; display: string };

/** Strip spaces, line breaks and dashes of every width; full-width letters become ASCII; upper-case. */
export function cleanClaimCode(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\u200b\u2060\ufeff]+/g, '')
    .replace(/[-\u2010-\u2015\u2212\u30fc\uff0d_]+/g, '')
    .toUpperCase();
}

/** "AB12CD34EFGH56" → "AB12-CD34EF-GH56"; other lengths in groups of four. */
export function groupCode(code: string): string {
  if (code.length === 14 || code.length === 15) return `${code.slice(0, 4)}-${code.slice(4, 10)}-${code.slice(10)}`;
  return code.match(/.{1,4}/g)?.join(' ') ?? '';
}

export function checkClaimCode(raw: string): CodeCheck {
  const code = cleanClaimCode(raw);
  if (!code) return { kind: 'empty' };
  const display = groupCode(code);
  if (!/^[A-Z0-9]+$/.test(code)) return { kind: 'bad-characters', code, display };
  if (/^\d{16}$/.test(code)) return { kind: 'serial', code, display };
  if (code.length === 14 || code.length === 15) return { kind: 'claim-code', code, display };
  return { kind: 'wrong-length', code, display, length: code.length };
}
