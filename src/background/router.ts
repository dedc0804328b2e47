// One runtime.onMessage listener; features register a handler per message type.
// Only our own content scripts and pages can reach it (no externally_connectable), and
// handlers take the site from `sender`, never from the message.
import type { Runtime } from 'webextension-polyfill';
import { browser } from '../platform/browser';
import { isMessage, type MessageOf, type MessageType } from '../core/messages';

export type Sender = Runtime.MessageSender;
type Handler<T extends MessageType> = (msg: MessageOf<T>, sender: Sender) => unknown | Promise<unknown>;

const handlers = new Map<MessageType, Handler<MessageType>>();

export function onMessageType<T extends MessageType>(type: T, handler: Handler<T>): void {
  handlers.set(type, handler as unknown as Handler<MessageType>);
}

export function startRouter(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: Sender) => {
    if (sender.id !== browser.runtime.id || !isMessage(msg)) return undefined;
    const handler = handlers.get(msg.type);
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(msg, sender))
      .then((r) => r ?? null)
      .catch(() => null);
  });
}
