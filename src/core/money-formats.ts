// How each marketplace's locale writes an amount of its currency, as Intl.NumberFormat does
// (prefix, suffix, group mark, decimal mark, grouping). Written from Intl's own output (see the unit
// test that compares the two for every marketplace); kept as data because making the first
// Intl.NumberFormat in a page costs 20-30 ms (measured on the /pay page), far more than the rest of
// the checkout script.
export type MoneyPattern = [prefix: string, suffix: string, group: string, decimal: string, grouping: 'western' | 'min2' | 'indian'];

export const MONEY_FORMATS: Record<string, MoneyPattern> = {
  'en-US|USD': ["$", "", ",", ".", 'western'],
  'en-CA|CAD': ["$", "", ",", ".", 'western'],
  'es-MX|MXN': ["$", "", ",", ".", 'western'],
  'pt-BR|BRL': ["R$\u00a0", "", ".", ",", 'western'],
  'en-GB|GBP': ["£", "", ",", ".", 'western'],
  'de-DE|EUR': ["", "\u00a0€", ".", ",", 'western'],
  'fr-FR|EUR': ["", "\u00a0€", "\u202f", ",", 'western'],
  'it-IT|EUR': ["", "\u00a0€", ".", ",", 'min2'],
  'es-ES|EUR': ["", "\u00a0€", ".", ",", 'min2'],
  'nl-NL|EUR': ["€\u00a0", "", ".", ",", 'western'],
  'fr-BE|EUR': ["", "\u00a0€", "\u202f", ",", 'western'],
  'en-IE|EUR': ["€", "", ",", ".", 'western'],
  'sv-SE|SEK': ["", "\u00a0kr", "\u00a0", ",", 'western'],
  'pl-PL|PLN': ["", "\u00a0zł", "\u00a0", ",", 'min2'],
  'tr-TR|TRY': ["₺", "", ".", ",", 'western'],
  'en-EG|EGP': ["EGP\u00a0", "", ",", ".", 'western'],
  'en-SA|SAR': ["SAR\u00a0", "", ",", ".", 'western'],
  'en-AE|AED': ["AED\u00a0", "", ",", ".", 'western'],
  'en-IN|INR': ["₹", "", ",", ".", 'indian'],
  'en-ZA|ZAR': ["R\u00a0", "", "\u00a0", ",", 'western'],
  'en-SG|SGD': ["$", "", ",", ".", 'western'],
  'en-AU|AUD': ["$", "", ",", ".", 'western'],
  'ja-JP|JPY': ["￥", "", ",", "", 'western'],
};
