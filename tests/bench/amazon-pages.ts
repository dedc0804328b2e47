// The Amazon pages npm run bench:amazon loads (tests/bench/amazon.ts): a product page with Buy Now,
// search results, an order's details, the /pay checkout with a long basket and the balance page
// with a long activity table, each at its Amazon address.
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR } from '../e2e/harness/paths';

const fixture = (rel: string) => fs.readFileSync(path.join(FIXTURES_DIR, rel), 'utf8');
const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
const nav = `<header id="navbar-main"><div id="nav-belt"><a id="nav-logo-sprites" aria-label="Amazon.com" href="/"></a>
<form id="nav-search-bar-form" role="search"><input id="twotabsearchtextbox" name="field-keywords" aria-label="Search Amazon"></form>
<a id="nav-link-accountList" href="/gp/css/homepage.html"><span id="nav-link-accountList-nav-line-1">Hello, Sam</span></a>
<a id="nav-cart" href="/gp/cart/view.html">Cart</a></div><div id="nav-main">${repeat(30, (i) => `<a href="/b?node=${i}">Department ${i}</a>`)}</div></header>`;
const footer = `<div id="navFooter">${repeat(40, (i) => `<a href="/help/${i}" class="nav_a">Help topic ${i}</a>`)}</div>`;
const shell = (title: string, body: string) =>
  `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>${title}</title></head><body><div id="a-page">${nav}${body}${footer}</div></body></html>`;

/** A physical product: gallery, bullets, a buy box with Buy Now, 150 reviews, two carousels (~7k elements). */
function productPage(): string {
  const review = (i: number) =>
    `<div class="a-section review" id="R${i}"><div class="a-row"><span class="a-profile-name">Reader ${i}</span></div><div class="a-row"><i class="a-icon a-icon-star a-star-${(i % 5) + 1}"></i><span class="review-title">Works as described ${i}</span></div><div class="a-row review-text"><span>Bought this for the kitchen and it has held up well for months, the finish is good and it cleans easily ${i}.</span></div><div class="a-row"><span class="a-size-base">${i % 40} people found this helpful</span> <a href="#">Report</a></div></div>`;
  const tile = (i: number) =>
    `<li class="a-carousel-card"><a href="/dp/B0${String(i).padStart(8, '0')}"><img alt="Item ${i}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="100" height="100"><span class="a-truncate">Related item ${i}</span></a><span class="a-price"><span class="a-offscreen">$${(9 + (i % 60)).toFixed(2)}</span></span></li>`;
  return shell(
    'Stainless Steel Kettle 1.7 L : Amazon.com: Home & Kitchen',
    `<div id="dp"><div id="leftCol">${repeat(8, (i) => `<img alt="view ${i}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="60" height="60">`)}</div>
<div id="centerCol"><h1 id="title"><span id="productTitle">Stainless Steel Electric Kettle, 1.7 Litre</span></h1>
<div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">$39.99</span></span></div>
<div id="feature-bullets"><ul>${repeat(7, (i) => `<li><span class="a-list-item">Feature ${i}: boils fast and switches off on its own.</span></li>`)}</ul></div></div>
<div id="rightCol"><div id="buybox"><span class="a-price"><span class="a-offscreen">$39.99</span></span><div id="availability">In Stock</div>
<span id="submit.add-to-cart" class="a-button"><input id="add-to-cart-button" type="submit" value="Add to Cart"></span>
<div id="buyNow"><span class="a-declarative" id="turbo-checkout-modal"></span><span id="submit.buy-now" class="a-button"><input id="buy-now-button" name="submit.buy-now" type="submit" title="Buy Now"></span></div></div></div></div>
<div id="customerReviews">${repeat(150, review)}</div>
<div class="a-carousel"><ol>${repeat(100, tile)}</ol></div><div class="a-carousel"><ol>${repeat(100, (i) => tile(i + 100))}</ol></div>`,
  );
}

/** 60 search results. */
function searchPage(): string {
  const result = (i: number) =>
    `<div data-component-type="s-search-result" data-asin="B0${String(i).padStart(8, '0')}" class="s-result-item"><div class="s-card"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="200" height="200"><h2><a href="/dp/B0${i}"><span>Kettle model ${i}, stainless steel, 1.7 L</span></a></h2><div class="a-row"><i class="a-icon a-icon-star-small"></i><span>${1000 + i} ratings</span></div><div class="a-row"><span class="a-price"><span class="a-offscreen">$${(20 + i).toFixed(2)}</span></span></div><div class="a-row">FREE delivery Thu, Dec 3</div><div class="a-row"><span class="a-button"><button>Add to cart</button></span></div></div></div>`;
  return shell('Amazon.com : kettle', `<div class="s-main-slot">${repeat(60, result)}</div><div class="s-refinements">${repeat(80, (i) => `<label><input type="checkbox"> Brand ${i}</label>`)}</div>`);
}

/** An order's details: ten items and a summary that names the gift card used. */
function orderPage(): string {
  const item = (i: number) =>
    `<div class="a-fixed-left-grid shipment-item"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="90"><div><a href="/dp/B0${i}">Ordered item ${i}</a><div>Sold by: Amazon.com Services LLC</div><span class="a-color-price">$${(5 + i).toFixed(2)}</span><span class="a-button"><a href="#">Buy it again</a></span></div></div>`;
  return shell(
    'Order Details',
    `<h1>Order Details</h1><div>Ordered on November 20, 2026 · Order# 112-4471003-9812231</div>${repeat(10, item)}
<div id="od-subtotals"><div class="a-row"><span>Item(s) Subtotal:</span><span>$95.00</span></div><div class="a-row"><span>Gift Card Amount:</span><span>-$25.00</span></div><div class="a-row"><span>Grand Total:</span><span>$70.00</span></div></div>`,
  );
}

/** The /pay page fixture with a long basket (40 items in the review block). */
function checkoutPage(): string {
  const html = fixture('checkout/us-pay-unticked.html');
  const items = repeat(40, (i) => `<div class="a-row checkout-item"><span class="a-text-bold">Basket item ${i}</span><br><span class="a-color-price a-text-bold">$${(3 + i).toFixed(2)}</span><br><a class="a-link-normal" href="#">Add gift options</a></div>`);
  return html.replace('<div id="checkout-item-block-panel"', `<div id="checkout-more-items">${items}</div><div id="checkout-item-block-panel"`);
}

/** The balance page fixture with 300 rows of activity. */
function balancePage(): string {
  const html = fixture('balances/us-balance.html');
  const rows = repeat(300, (i) => `<tr><td>${(i % 28) + 1} October 2026</td><td><span>Gift Card applied to Amazon.com order</span></td><td>-$${(1 + (i % 30)).toFixed(2)}</td><td>$42.17</td></tr>`);
  return html.replace('</body>', `<table class="a-bordered"><tbody><tr><th>Date</th><th>Description</th><th>Amount</th><th>Closing balance</th></tr>${rows}</tbody></table></body>`);
}

export interface AmazonBenchPage {
  name: string;
  url: string;
  html: () => string;
  budget: 'ratio' | 'added';
}

export const AMAZON_PAGES: AmazonBenchPage[] = [
  { name: 'product (Buy Now)', url: 'https://www.amazon.com/Stainless-Kettle/dp/B0BENCH0001', html: productPage, budget: 'ratio' },
  { name: 'search results', url: 'https://www.amazon.com/s?k=kettle', html: searchPage, budget: 'ratio' },
  { name: 'order details', url: 'https://www.amazon.com/gp/your-account/order-details', html: orderPage, budget: 'ratio' },
  { name: 'checkout /pay', url: 'https://www.amazon.com/checkout/p/p-106-0106056-8054602/pay', html: checkoutPage, budget: 'added' },
  { name: 'balance page', url: 'https://www.amazon.com/gc/balance', html: balancePage, budget: 'added' },
];
