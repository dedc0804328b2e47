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
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  return doc as unknown as Document;
}
