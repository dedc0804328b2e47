// Checkout and 1-Click audit features. (Checkout issue.)
import type { AmazonFeature } from './feature';

export const checkoutFeatures: AmazonFeature[] = [];
