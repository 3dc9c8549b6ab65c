/** A message from one unit's subgraph to another's (or to itself), delivered at least once. */
export interface UnitMessage<P = unknown> {
  /** Unique per message: the receiver's inbox keeps it, so a repeat has no effect. */
  id: string;
  kind: string;
  /** Unit codes of sender and receiver. */
  from: string;
  to: string;
  payload: P;
}
