import type { RequestHandler } from 'express';
import { ERROR_MESSAGES } from '../errors.js';
import { GATEWAY_ASSERTION_HEADER, verifyGatewayAssertion } from './tokens.js';

/**
 * A subgraph answers only the gateway: every GraphQL request (`_service` and `_entities`
 * included) must carry the gateway's fresh signed assertion of who is asking. Anything
 * else gets 401 before GraphQL runs.
 */
export function gatewayOnly(secret: string): RequestHandler {
  return async (req, res, next) => {
    const assertion = req.header(GATEWAY_ASSERTION_HEADER);
    try {
      if (!assertion) throw new Error('no assertion');
      res.locals.identity = await verifyGatewayAssertion(secret, assertion);
      next();
    } catch {
      const { th, en } = ERROR_MESSAGES.UNAUTHENTICATED;
      res.status(401).json({ errors: [{ message: en, extensions: { code: 'UNAUTHENTICATED', messageTh: th, messageEn: en } }] });
    }
  };
}
