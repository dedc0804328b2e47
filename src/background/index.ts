// Background: message routing, stored balances, badge, alarms, domain signals.
export function startBackground(): void {
  // Filled in by the features.
}
