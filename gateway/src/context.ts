import type { Identity, Logger } from '@sesao28/platform';

export interface GatewayContext {
  requestId: string;
  /** Who is asking (PUBLIC without a token). */
  identity: Identity;
  /** The client's Idempotency-Key, passed on to the subgraphs a mutation reaches. */
  idempotencyKey: string | null;
  /** The gateway's logger bound to this request (`logger.child({ requestId })`). */
  logger: Logger;
}
