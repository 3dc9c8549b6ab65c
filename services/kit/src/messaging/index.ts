export { Outbox, type OutgoingMessage } from './outbox.js';
export { Inbox, UnknownMessageKind, type MessageHandler } from './inbox.js';
export { httpTransport } from './transport.js';
export { type UnitMessage } from './message.js';
export { PEER_TOKEN_HEADER, GATEWAY_CALLER, signPeerRequest, verifyPeerRequest, type PeerCaller, type PeerDirectory } from './peer-auth.js';
export { peerGet, peerHas } from './peer-check.js';
