// Reads gift-card balances and promotional credits from Amazon pages. (Balances issue.)
import type { BalanceReading } from '../../core/types';
import type { PageInfo } from './pages';

export function readBalances(doc: Document, info: PageInfo): BalanceReading[] {
  void doc;
  void info;
  return [];
}
