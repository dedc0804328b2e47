// The in-page checkout notice: a warning (role="alert"), a quiet applied line (role="status"),
// or the 1-Click hint. Buttons act only on trusted clicks; the page cannot script them.
// Plain DOM: a few elements do not need a UI library loaded into every checkout page.

export type NoticeView =
  | { kind: 'alert'; title: string; lines: string[]; showLabel: string | null; dismissLabel: string }
  | { kind: 'status'; text: string }
  | { kind: 'hint'; brand: string; text: string }
  | { kind: 'none' };

export interface NoticeProps {
  view: NoticeView;
  onShow(): void;
  onDismiss(): void;
}

function trusted(fn: () => void) {
  return (event: MouseEvent) => {
    if (!event.isTrusted) return;
    event.preventDefault();
    event.stopPropagation();
    try {
      fn();
    } catch {
      // Never throw into the page.
    }
  };
}

function el(doc: Document, tag: string, attrs: Record<string, string>, ...children: Array<Node | string>): HTMLElement {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** The notice's elements for `view` (nothing for "none"). */
export function noticeElement(doc: Document, { view, onShow, onDismiss }: NoticeProps): HTMLElement | null {
  if (view.kind === 'none') return null;
  if (view.kind === 'status') return el(doc, 'div', { class: 'gcg', role: 'status' }, el(doc, 'div', { class: 'status' }, view.text));
  if (view.kind === 'hint') {
    return el(doc, 'div', { class: 'gcg', role: 'note' }, el(doc, 'div', { class: 'hint' }, el(doc, 'p', { class: 'brand' }, view.brand), el(doc, 'p', {}, view.text)));
  }
  const button = (cls: string, label: string, fn: () => void) => {
    const b = el(doc, 'button', { type: 'button', class: cls }, label);
    b.addEventListener('click', trusted(fn));
    return b;
  };
  const actions = el(doc, 'div', { class: 'actions' });
  if (view.showLabel) actions.append(button('primary', view.showLabel, onShow));
  actions.append(button('secondary', view.dismissLabel, onDismiss));
  return el(doc, 'div', { class: 'gcg' }, el(doc, 'div', { class: 'alert', role: 'alert' }, el(doc, 'h2', {}, view.title), ...view.lines.map((line) => el(doc, 'p', {}, line)), actions));
}
