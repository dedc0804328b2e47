// Large ordinary pages for the benchmark: none of them has anything to do with gift cards,
// so they show what every page pays for the extension being installed.

const words = 'the trail runs along the river past old mills and quiet farms where walkers stop for tea and the light falls on stone walls after rain'.split(' ');
const sentence = (i: number, n = 18) => {
  const w = Array.from({ length: n }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ');
  return `${w[0]!.toUpperCase()}${w.slice(1)}.`;
};

const shell = (title: string, body: string) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="description" content="${title} at Northpeak Outdoor.">
<style>body{font-family:sans-serif;margin:0}header,footer{background:#234;color:#fff;padding:8px}.grid{display:grid;grid-template-columns:repeat(6,1fr);gap:8px}.card{border:1px solid #ccc;padding:6px}</style>
</head><body>
<header><strong>Northpeak Outdoor</strong>
<nav><a href="/">Home</a> <a href="/men">Men</a> <a href="/women">Women</a> <a href="/camping">Camping</a> <a href="/sale">Sale</a></nav>
<form role="search" action="/search"><input type="search" name="q" aria-label="Search products"><button>Search</button></form></header>
<main>${body}</main>
<footer><p>Northpeak Outdoor Ltd · Returns · Shipping · Privacy · Contact</p></footer>
</body></html>`;

/** A product catalogue of about 10,000 elements. */
export function catalogue(): string {
  const items: string[] = [];
  for (let i = 0; i < 1250; i++) {
    items.push(
      `<div class="card"><a href="/p/${i}"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/${i}.jpg" alt="Trail jacket model ${i}" width="120" height="120"></a>` +
        `<h3><a href="/p/${i}">Trail jacket model ${i}</a></h3><p class="price">£${(49 + (i % 90)).toFixed(2)}</p>` +
        `<span class="rating">${(i % 5) + 1} stars</span></div>`,
    );
  }
  return shell('Jackets – Northpeak Outdoor', `<h1>Jackets</h1><h2>1,250 products</h2><div class="grid">${items.join('\n')}</div>`);
}

/** A long article: 60 sections of prose. */
export function article(): string {
  const sections: string[] = [];
  for (let s = 0; s < 60; s++) {
    const paras = Array.from({ length: 6 }, (_, p) => `<p>${Array.from({ length: 5 }, (_, k) => sentence(s * 31 + p * 7 + k)).join(' ')}</p>`);
    sections.push(`<section><h2>Stage ${s + 1}: along the river</h2>${paras.join('')}</section>`);
  }
  return shell('The long walk along the river – Northpeak Journal', `<article><h1>The long walk along the river</h1>${sections.join('\n')}</article>`);
}

const FIELDS = ['Given name', 'Family name', 'Street', 'Town', 'County', 'Postal code', 'Country', 'Phone', 'Email', 'Date of birth'];

/** A 400-field form (an event registration with 40 participants). */
export function bigForm(): string {
  const groups: string[] = [];
  for (let g = 0; g < 40; g++) {
    const rows = FIELDS.map((label, k) => {
      const id = `p${g}-f${k}`;
      const type = label === 'Email' ? 'email' : label === 'Phone' ? 'tel' : 'text';
      const name = label.toLowerCase().replace(/ /g, '_');
      return `<div class="row"><label for="${id}">${label}</label><input id="${id}" name="participants[${g}][${name}]" type="${type}"></div>`;
    });
    groups.push(`<fieldset><legend>Participant ${g + 1}</legend>${rows.join('')}</fieldset>`);
  }
  return shell('Register for the Autumn Trail Weekend', `<h1>Register for the Autumn Trail Weekend</h1><form method="post" action="/register">${groups.join('\n')}<button>Register</button></form>`);
}

/** A live page that changes its DOM all the time: a ticker and a feed, every 50 ms. */
export function mutating(): string {
  const rows = Array.from({ length: 300 }, (_, i) => `<li>Update ${i}: ${sentence(i)}</li>`).join('');
  return shell(
    'Live trail conditions – Northpeak',
    `<h1>Live trail conditions</h1><p id="tick">0</p><ul id="feed">${rows}</ul>
<script>
let n = 0;
setInterval(() => {
  n++;
  document.getElementById('tick').textContent = 'Reading ' + n;
  const feed = document.getElementById('feed');
  const li = document.createElement('li');
  li.innerHTML = '<b>' + n + '</b> wind ' + (n % 40) + ' km/h, <span>trail open</span>';
  feed.prepend(li);
  if (feed.children.length > 320) feed.lastElementChild.remove();
  document.body.classList.toggle('odd', n % 2 === 1);
}, 50);
</script>`,
  );
}

export const BENCH_PAGES = [
  { name: 'catalogue (10k elements)', url: 'https://shop.northpeak.example/jackets', html: catalogue, ordinary: true },
  { name: 'long article', url: 'https://journal.northpeak.example/long-walk', html: article, ordinary: true },
  { name: '400-field form', url: 'https://events.northpeak.example/register', html: bigForm, ordinary: true },
  // Not an ordinary page: the 2x budget is for those (issue 11); here the task budget holds and the figure is shown.
  { name: 'mutating page (every 50 ms)', url: 'https://live.northpeak.example/conditions', html: mutating, ordinary: false },
];
