import express, { type RequestHandler } from 'express';
import { ERROR_MESSAGES } from '../errors.js';
import { assertionVerifier, GATEWAY_ASSERTION_HEADER, type KeyRing } from '@sesao28/platform';

/** The body as it came, kept beside the parsed one: the gateway's assertion is bound to these bytes. */
export const keepRawBody = (limit: number): RequestHandler =>
  express.json({
    limit,
    verify: (req, _res, buf) => {
      (req as { rawBody?: Buffer }).rawBody = buf;
    },
  });

export const rawBodyOf = (req: unknown): Buffer => (req as { rawBody?: Buffer }).rawBody ?? Buffer.alloc(0);

/**
 * A subgraph answers only the gateway: every GraphQL request (`_service` and `_entities`
 * included) must carry the gateway's fresh assertion of who is asking, signed with the
 * gateway's key for this unit and this body. Anything else gets 401 before GraphQL runs.
 */
export function gatewayOnly(keys: KeyRing, unitCode: string): RequestHandler {
  const verify = assertionVerifier(keys, unitCode);
  return async (req, res, next) => {
    const assertion = req.header(GATEWAY_ASSERTION_HEADER);
    try {
      if (!assertion) throw new Error('no assertion');
      res.locals.identity = await verify(assertion, rawBodyOf(req));
      next();
    } catch {
      const { th, en } = ERROR_MESSAGES.UNAUTHENTICATED;
      res.status(401).json({ errors: [{ message: en, extensions: { code: 'UNAUTHENTICATED', messageTh: th, messageEn: en } }] });
    }
  };
}
