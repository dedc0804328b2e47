// A closed shadow root placed just after an anchor element: the in-page panels' host (the redeem
// helper, the reserve alert). The page sees only the host element.
export interface ShadowPanel {
  /** Where the panel's content goes, inside the closed root. */
  container: HTMLElement;
  remove(): void;
}

export function mountShadowPanel(doc: Document, tag: string, css: string, anchor: Element): ShadowPanel {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  root.append(style, container);
  anchor.after(host);
  return {
    container,
    remove() {
      container.replaceChildren();
      host.remove();
    },
  };
}
