// A closed shadow root beside an anchor element, holding the notice. Removed with the page's context.
import { noticeElement, type NoticeProps } from './Notice';
import { CHECKOUT_CSS } from './styles';

export const HOST_TAG = 'gift-card-guard-checkout';

export interface NoticeHost {
  /** The host element in the page (its shadow root is closed). */
  host: HTMLElement;
  /** For our own tests only: the closed root, never reachable from the page. */
  root: ShadowRoot;
  update(props: NoticeProps): void;
  /** Put the host just before `anchor` (or first in it when `inside`), if it is not there already. */
  place(anchor: Element, inside?: boolean): void;
  remove(): void;
}

export function createNoticeHost(doc: Document): NoticeHost {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CHECKOUT_CSS;
  const app = doc.createElement('div');
  root.append(style, app);
  return {
    host,
    root,
    update(props) {
      const next = noticeElement(doc, props);
      app.replaceChildren(...(next ? [next] : []));
    },
    place(anchor, inside = false) {
      if (inside) {
        if (anchor.firstElementChild !== host) anchor.prepend(host);
      } else if (anchor.previousElementSibling !== host) {
        anchor.before(host);
      }
    },
    remove() {
      app.replaceChildren();
      host.remove();
    },
  };
}
