// Find and click our in-page UI by ARIA role and accessible name, in both browsers, including
// inside CLOSED shadow roots (which page scripts, puppeteer's `pierce/` and CSS selectors
// cannot enter).
//
// How:
// * Chromium: puppeteer's ARIA query (`::-p-aria([role=…])`) runs CDP Accessibility.queryAXTree,
//   which walks the accessibility tree, and that tree includes closed shadow trees. The accessible
//   name comes from CDP Accessibility.getPartialAXTree.
// * Firefox: BiDi browsingContext.locateNodes({type:'accessibility'}) does NOT cross shadow
//   roots, not even open ones (checked on Firefox 153). But BiDi serialises a host's shadow root
//   whatever its mode, so we serialise the document once with includeShadowTree:'all', collect
//   every shadow root, and run the same role query from each root. The accessible name is worked
//   out in the page by a small approximation of the W3C algorithm (accName below), since BiDi
//   does not expose Firefox's.
//
// Matching `name`: the accessible name, or, when that is empty (as for role=alert or status,
// whose name never comes from their content), the element's visible text. A string must equal it
// (whitespace collapsed), a RegExp must match it.
//
// Only nodes in the accessibility tree count: display:none, visibility:hidden and aria-hidden
// content is not found (both browsers prune it).

import type { CDPSession, ElementHandle, Frame, Page } from 'puppeteer-core';
import { BidiElementHandle } from 'puppeteer-core/internal/bidi/ElementHandle.js';

export type NameMatcher = string | RegExp;

export interface RoleMatch {
  role: string;
  /** Accessible name ('' when none). */
  name: string;
  /** Visible text (innerText, whitespace collapsed). */
  text: string;
  frameUrl: string;
  handle: ElementHandle<Element>;
}

export interface WaitOptions {
  /** Default 5000 ms. */
  timeout?: number;
  /** Poll interval, default 100 ms. */
  interval?: number;
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function matches(m: { name: string; text: string }, name?: NameMatcher): boolean {
  if (name === undefined) return true;
  const label = m.name !== '' ? m.name : m.text;
  return typeof name === 'string' ? label === norm(name) : name.test(label);
}

function isFirefox(page: Page): boolean {
  // `protocol` is marked internal in puppeteer's types but is what tells CDP from BiDi.
  return (page.browser() as unknown as { protocol: string }).protocol === 'webDriverBiDi';
}

function roleSelector(role: string): string {
  if (!/^[a-z]+$/.test(role)) throw new Error(`not an ARIA role: ${role}`);
  return `::-p-aria([role="${role}"])`;
}

// Runs in the page (Firefox only). Keep it self-contained: it is sent as source text.
function accName(el: Element, role: string): string {
  const n = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const textOf = (e: Element | null) => (e ? n((e as HTMLElement).innerText ?? e.textContent) : '');
  const root = el.getRootNode() as Document | ShadowRoot;
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    const t = n(ids.split(/\s+/).map((id) => textOf(root.getElementById(id))).join(' '));
    if (t) return t;
  }
  const label = n(el.getAttribute('aria-label'));
  if (label) return label;
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length) return n(Array.from(labels, (l) => textOf(l)).join(' '));
  if (el.localName === 'img' || el.localName === 'area') return n(el.getAttribute('alt'));
  if (el.localName === 'input') {
    const input = el as HTMLInputElement;
    if (['button', 'submit', 'reset'].includes(input.type)) return n(input.value) || (input.type === 'submit' ? 'Submit' : '');
    if (input.type === 'image') return n(input.alt);
    return n(input.placeholder) || n(input.title);
  }
  const fromContent = ['button', 'link', 'heading', 'checkbox', 'radio', 'switch', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'tab', 'treeitem', 'cell', 'gridcell', 'columnheader', 'rowheader', 'row', 'tooltip'];
  if (fromContent.includes(role)) return textOf(el);
  return n(el.getAttribute('title'));
}

function visibleText(el: Element): string {
  return ((el as HTMLElement).innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

type ChromiumAXNode = { name?: { value?: unknown }; ignored?: boolean };

async function chromiumName(frame: Frame, handle: ElementHandle<Element>): Promise<string> {
  const objectId = handle.remoteObject().objectId;
  if (!objectId) return '';
  // Frame.client (internal in the types) is the CDP session that owns this frame, OOPIFs included.
  const client = (frame as unknown as { client: CDPSession }).client;
  const { nodes } = (await client.send('Accessibility.getPartialAXTree', { objectId, fetchRelatives: false })) as { nodes: ChromiumAXNode[] };
  return norm(String(nodes[0]?.name?.value ?? ''));
}

type BidiNode = { type: string; sharedId?: string; value?: { shadowRoot?: BidiNode | null; children?: BidiNode[] } };
type BidiValue = { type: string; value?: unknown };
type BidiRealm = { realm: { callFunction(fn: string, awaitPromise: boolean, options: object): Promise<{ type: string; result?: BidiValue; exceptionDetails?: { text?: string } }> } };
type BidiFrameInternals = {
  mainRealm(): BidiRealm;
  browsingContext: { locateNodes(locator: object, startNodes: { sharedId: string }[]): Promise<BidiNode[]> };
};

/**
 * Firefox: three BiDi calls per frame. (1) Serialise the document with every shadow tree, to
 * collect the shadow roots (closed ones too, nested too). (2) locateNodes by role from the
 * document and from each root. (3) Compute name and text of all hits in one call.
 */
async function queryFrameFirefox(frame: Frame, role: string, name?: NameMatcher): Promise<RoleMatch[]> {
  const internals = frame as unknown as BidiFrameInternals;
  const realm = internals.mainRealm();
  const doc = await realm.realm.callFunction('() => document', false, {
    serializationOptions: { maxDomDepth: null, includeShadowTree: 'all' },
    resultOwnership: 'none',
  });
  const starts: { sharedId: string }[] = [];
  const walk = (node: BidiNode | null | undefined) => {
    if (!node || node.type !== 'node') return;
    const sr = node.value?.shadowRoot;
    if (sr?.sharedId) {
      starts.push({ sharedId: sr.sharedId });
      walk(sr);
    }
    for (const c of node.value?.children ?? []) walk(c);
  };
  const root = doc.result as BidiNode | undefined;
  if (!root?.sharedId) return [];
  starts.unshift({ sharedId: root.sharedId });
  walk(root);

  const nodes = await internals.browsingContext.locateNodes({ type: 'accessibility', value: { role } }, starts);
  if (nodes.length === 0) return [];
  const info = await realm.realm.callFunction(
    `(role, ...els) => els.map((el) => [(${accName.toString()})(el, role), (${visibleText.toString()})(el)])`,
    false,
    {
      arguments: [{ type: 'string', value: role }, ...nodes.map((n) => ({ sharedId: n.sharedId }))],
      resultOwnership: 'none',
    },
  );
  if (info.type !== 'success') throw new Error(`role query failed in Firefox: ${info.exceptionDetails?.text ?? info.type}`);
  const pairs = (info.result?.value as BidiValue[]).map((pair) => (pair.value as BidiValue[]).map((v) => String(v.value ?? '')));
  const from = BidiElementHandle.from as unknown as (value: BidiNode, realm: BidiRealm) => ElementHandle<Element>;
  const out: RoleMatch[] = [];
  nodes.forEach((node, i) => {
    const [accessibleName = '', text = ''] = pairs[i] ?? [];
    if (matches({ name: accessibleName, text }, name)) out.push({ role, name: accessibleName, text, frameUrl: frame.url(), handle: from(node, realm) });
  });
  return out;
}

async function queryFrame(page: Page, frame: Frame, role: string, name?: NameMatcher): Promise<RoleMatch[]> {
  roleSelector(role); // validates
  if (isFirefox(page)) return queryFrameFirefox(frame, role, name);
  const handles = (await frame.$$(roleSelector(role))) as ElementHandle<Element>[];
  const out: RoleMatch[] = [];
  for (const handle of handles) {
    const text = await handle.evaluate(visibleText);
    const accessibleName = await chromiumName(frame, handle);
    const m = { role, name: accessibleName, text, frameUrl: frame.url(), handle };
    if (matches(m, name)) out.push(m);
    else await handle.dispose().catch(() => {});
  }
  return out;
}

/** How long a child frame's part of a role query may take before the frame is skipped (ms). */
const CHILD_FRAME_TIMEOUT = 1000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from a frame within ${ms} ms`)), ms);
  });
  p.catch(() => {}); // answered after we moved on: nobody is listening
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/**
 * Every element with this ARIA role (and matching name) in the page and all its frames,
 * shadow roots (closed ones too) included. Document order within a frame; main frame first.
 */
export async function queryByRole(page: Page, role: string, name?: NameMatcher): Promise<RoleMatch[]> {
  const out: RoleMatch[] = [];
  for (const frame of page.frames()) {
    if (frame.detached) continue;
    const main = frame === page.mainFrame();
    try {
      const query = queryFrame(page, frame, role, name);
      out.push(...(main ? await query : await withTimeout(query, CHILD_FRAME_TIMEOUT)));
    } catch (err) {
      // A frame that navigated, went away or does not answer mid-query: skip it; the main frame
      // must work. (Firefox's BiDi can leave a query into an about:srcdoc or about:blank child
      // frame unanswered for about a minute once the top page shows a modal dialog over it.)
      if (main) throw err;
    }
  }
  return out;
}

/** Whether an element with this role (and name) is there right now. */
export async function findByRole(page: Page, role: string, name?: NameMatcher): Promise<boolean> {
  const found = await queryByRole(page, role, name);
  await Promise.all(found.map((m) => m.handle.dispose().catch(() => {})));
  return found.length > 0;
}

function describe(role: string, name?: NameMatcher) {
  return name === undefined ? `role=${role}` : `role=${role} name=${String(name)}`;
}

/** Wait until an element with this role (and name) is there; returns the first one. */
export async function waitForRole(page: Page, role: string, name?: NameMatcher, opts: WaitOptions = {}): Promise<RoleMatch> {
  const timeout = opts.timeout ?? 5000;
  const interval = opts.interval ?? 100;
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await queryByRole(page, role, name);
    if (found.length > 0) {
      await Promise.all(found.slice(1).map((m) => m.handle.dispose().catch(() => {})));
      return found[0]!;
    }
    if (Date.now() > deadline) {
      const seen = await queryByRole(page, role);
      const list = seen.map((m) => JSON.stringify(m.name || m.text)).join(', ') || 'none';
      throw new Error(`waitForRole: no ${describe(role, name)} after ${timeout} ms on ${page.url()} (elements with role=${role}: ${list})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Wait until an element with this role (and name) is absent (e.g. a dismissed alert). */
export async function waitForNoRole(page: Page, role: string, name?: NameMatcher, opts: WaitOptions = {}): Promise<void> {
  const timeout = opts.timeout ?? 5000;
  const deadline = Date.now() + timeout;
  while (await findByRole(page, role, name)) {
    if (Date.now() > deadline) throw new Error(`waitForNoRole: ${describe(role, name)} still there after ${timeout} ms on ${page.url()}`);
    await new Promise((r) => setTimeout(r, opts.interval ?? 100));
  }
}

/** Wait for the element (see waitForRole), scroll it into view and click it with the mouse. */
export async function clickByRole(page: Page, role: string, name?: NameMatcher, opts: WaitOptions = {}): Promise<void> {
  const match = await waitForRole(page, role, name, opts);
  try {
    await match.handle.click();
  } finally {
    await match.handle.dispose().catch(() => {});
  }
}
