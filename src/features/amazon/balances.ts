// Balance tracking, redeem helper and reserve features. (Balances issue.)
import type { AmazonFeature } from './feature';

export const balanceFeatures: AmazonFeature[] = [];
