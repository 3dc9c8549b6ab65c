import type { Identity } from '@sesao28/kit';

export interface GatewayContext {
  requestId: string;
  /** Who is asking (PUBLIC without a token). */
  identity: Identity;
  /** The signed statement of `identity` every subgraph call carries. */
  assertion: string;
  /** The client's Idempotency-Key, passed on to the subgraphs a mutation reaches. */
  idempotencyKey: string | null;
}
