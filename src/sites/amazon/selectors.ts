// Checkout selectors. Sources: research notes §2, §3, §5 (REAL = seen in saved markup, CODE = used by
// working bots). Never Amazon's random ids (pp-XXXXXX-NN) or hashed classes (pmts-class-<hash>).
export const SEL = {
  /** The /pay page's payment widget form (REAL). */
  paymentForm: 'form.pmts-select-payment-instrument-form',
  /** The card that holds the payment step (REAL). */
  paymentPanel: '#checkout-paymentOptionPanel',
  /** The claim-code box lives inside the balance section (REAL); a structural anchor for it. */
  claimCode: 'input[name="ppw-claimCode"]',
  /** Card rows: their radios are not the balance (REAL). */
  cardRow: '.pmts-credit-card-row',
  cardRadio: 'input[name="ppw-instrumentRowSelection"]',
  /** Legacy payselect controls (CODE, about 2016–19). */
  legacyCheckbox: '#pm_gc_checkbox',
  legacyRadio: '#pm_gc_radio',
  /** pmts widget, about 2019–21 (CODE). */
  selectableBalance: '.apx-selectable-balance-input input[type="checkbox"], .apx-selectable-balance-input input[type="radio"]',
  gcRadioWrapper: '.pmts-gc-radio-button',
  /** Review page: the "Paying with ..." heading (REAL). */
  payingWith: '#selected-payment-methods-list-container h2, #selected-payment-methods-list-container [data-testid="_default"]',
  payingWithContainer: '#selected-payment-methods-list-container',
  /** Order summary: a list now (REAL), a table in legacy pages (CODE). */
  summary: '#subtotals-marketplace-table',
  summaryRows: '#subtotals-marketplace-table > li, #subtotals-marketplace-table tr',
  summaryTerm: '.order-summary-line-term',
  summaryDefinition: '.order-summary-line-definition',
  /** Legacy grand total cell (CODE). */
  grandTotal: 'td.grand-total-price, li.grand-total-cell',
  /** Buy Now overlay panel inside the same-origin iframe (CODE). */
  turboPanel: '#turbo-checkout-panel-container',
  turboPanelLink: 'a.turbo-checkout-panel-link',
  turboPrice: '.a-color-price',
  /** The overlay's place-order buttons (CODE): the UI stays clear of them. */
  turboPlaceOrder: '#turbo-checkout-pyo-button, #turbo-checkout-place-order-button',
  /** The review page's right column, where the summary sits (REAL). */
  rightColumn: '#checkout-experience-right-column',
  /** 1-Click settings header (CODE). */
  oneClickHeader: '#paymentsHubHeaderSection',
  /** Amazon's nav greeting ("Hello, Sam"), when the page has the full nav (REAL, product pages). */
  accountName: '#nav-link-accountList-nav-line-1',
} as const;

/** Headings that may title the balance section. */
export const SECTION_HEADINGS = 'legend, h1, h2, h3, h4, h5, [role="heading"]';

/**
 * A Buy Now overlay drawn into the page: its panel, the phone-width bottom sheet, or any turbo
 * container holding the place-order button (never the empty #turbo-checkout-modal placeholder every
 * product page carries, nor the overlay's iframe, which is its own document).
 */
export const INLINE_OVERLAY =
  '#turbo-checkout-panel-container, #turbo-checkout-bottom-sheet, div[id^="turbo-checkout"] [id*="pyo"], div[id^="turbo-checkout"] [id*="place-order"]';

/** Ids the router looks up on every product page (getElementById, nothing that walks the page). */
export const CHEAP_IDS = ['one-click-button', 'buyOneClick', 'turbo-checkout-panel-container', 'turbo-checkout-bottom-sheet'];

/** "Buy now with 1-Click" on digital product pages (the reserve warning), and the Buy Now button. */
export const ONE_CLICK = 'input#one-click-button, #buyOneClick input[type="submit"]';
export const BUY_NOW = '#buy-now-button, [id^="buy-now-button"], #submit\\.buy-now';
