// The in-page checkout notice: a warning (role="alert"), a quiet applied line (role="status"),
// or the 1-Click hint. Buttons act only on trusted clicks; the page cannot script them.

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

export function Notice({ view, onShow, onDismiss }: NoticeProps) {
  if (view.kind === 'none') return null;
  if (view.kind === 'status') {
    return (
      <div class="gcg" role="status">
        <div class="status">{view.text}</div>
      </div>
    );
  }
  if (view.kind === 'hint') {
    return (
      <div class="gcg" role="note">
        <div class="hint">
          <p class="brand">{view.brand}</p>
          <p>{view.text}</p>
        </div>
      </div>
    );
  }
  return (
    <div class="gcg">
      <div class="alert" role="alert">
        <h2>{view.title}</h2>
        {view.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <div class="actions">
          {view.showLabel && (
            <button type="button" class="primary" onClick={trusted(onShow)}>
              {view.showLabel}
            </button>
          )}
          <button type="button" class="secondary" onClick={trusted(onDismiss)}>
            {view.dismissLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
