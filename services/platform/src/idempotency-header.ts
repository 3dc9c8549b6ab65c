/** The header naming one submission, so a retried one is answered again, not done twice (the gateway passes it to the unit). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
