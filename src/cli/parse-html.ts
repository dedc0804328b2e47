// Parse saved HTML into a Document without running its scripts (Node, happy-dom).
import { Window } from 'happy-dom';

export function parseHtml(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  capDepth(doc);
  return doc;
}

/**
 * Browsers' HTML parsers stop nesting at 512 levels (Chromium attaches deeper elements as
 * siblings at that depth); happy-dom does not, and its selector engine recurses once per level.
 * Do much as the browser does, with an iterative walk: what sits below MAX_DEPTH is moved up to
 * be children of the element at MAX_DEPTH, in document order.
 */
export const MAX_DEPTH = 512;

export function capDepth(doc: Document): void {
  const stack: Array<{ node: Node; depth: number }> = [{ node: doc, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth === MAX_DEPTH) {
      flatten(node);
      continue;
    }
    for (let c = node.lastChild; c; c = c.previousSibling) if (c.firstChild) stack.push({ node: c, depth: depth + 1 });
  }
}

/**
 * The descendants of `top` become its children, in document order; an element with no element
 * children (a heading, a label, a field) moves with its text intact. Deepest first, no recursion.
 */
function flatten(top: Node): void {
  const order: Node[] = [];
  const stack: Node[] = [];
  for (let c = top.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const n = stack.pop()!;
    order.push(n);
    if (!(n as Element).firstElementChild) continue;
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  if (order.every((n) => n.parentNode === top)) return;
  for (let i = order.length - 1; i >= 0; i--) order[i]!.parentNode?.removeChild(order[i]!);
  for (const n of order) top.appendChild(n);
}
