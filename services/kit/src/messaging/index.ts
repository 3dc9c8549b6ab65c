export { Outbox, type OutgoingMessage } from './outbox.js';
export { Inbox, UnknownMessageKind, type MessageHandler } from './inbox.js';
export { httpTransport, type PeerDirectory } from './transport.js';
export { INTERNAL_SECRET_HEADER, type UnitMessage } from './message.js';
export { peerGet, peerHas } from './peer-check.js';
