import { browser } from '../../platform/browser';

export function Popup() {
  return (
    <main>
      <h1>{browser.i18n.getMessage('extName')}</h1>
    </main>
  );
}
