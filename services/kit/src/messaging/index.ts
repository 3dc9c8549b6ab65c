export { Outbox, type OutgoingMessage } from './outbox.js';
export { Inbox, UnknownMessageKind, type MessageHandler } from './inbox.js';
export { httpTransport } from './transport.js';
export { type UnitMessage } from './message.js';
