// One runtime.onMessage listener; features register a handler per message type.
// Only our own content scripts and pages can reach it (no externally_connectable), and
// handlers take the site from `sender`, never from the message.
import type { Runtime } from 'webextension-polyfill';
import { browser } from '../platform/browser';
import { isMessage, type MessageOf, type MessageType } from '../core/messages';

export type Sender = Runtime.MessageSender;
type Handler<T extends MessageType> = (msg: MessageOf<T>, sender: Sender) => unknown | Promise<unknown>;

// Several features may listen to one type (scam-verdict: tab status and the warning log).
// All run in order; the first non-null answer is the reply.
const handlers = new Map<MessageType, Array<Handler<MessageType>>>();

export function onMessageType<T extends MessageType>(type: T, handler: Handler<T>): void {
  handlers.set(type, [...(handlers.get(type) ?? []), handler as unknown as Handler<MessageType>]);
}

export function startRouter(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: Sender) => {
    if (sender.id !== browser.runtime.id || !isMessage(msg)) return undefined;
    const list = handlers.get(msg.type);
    if (!list?.length) return undefined;
    return Promise.all(list.map((h) => Promise.resolve().then(() => h(msg, sender)).catch(() => null))).then(
      (rs) => rs.find((r) => r !== undefined && r !== null) ?? null,
    );
  });
}
