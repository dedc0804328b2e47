import { render } from 'preact';
import { browser } from '../../src/platform/browser';
import { Popup } from '../../src/ui/popup/Popup';

/**
 * Whether the popup is a whole tab rather than a toolbar pop-up: a pop-up has no tab of its own
 * (tabs.getCurrent() gives undefined), and Firefox for Android always shows it full-page.
 */
async function fullPageView(): Promise<boolean> {
  const [tab, platform] = await Promise.all([
    browser.tabs.getCurrent().catch(() => undefined),
    browser.runtime.getPlatformInfo().catch(() => null),
  ]);
  return !!tab || platform?.os === 'android';
}

const root = document.getElementById('app');
if (root) {
  void fullPageView().then((fullPage) => {
    document.documentElement.classList.toggle('full-page', fullPage);
    render(<Popup fullPage={fullPage} />, root);
  });
}
