// Scores a non-Amazon page for gift-card scam signals. (Scam guard issue.)
import type { ScamVerdict } from '../core/types';

export function scorePage(doc: Document, url: string): ScamVerdict {
  void doc;
  void url;
  return { level: 'none', reasons: [] };
}
