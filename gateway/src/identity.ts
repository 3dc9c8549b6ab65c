import {
  directoryEntry,
  ERROR_MESSAGES,
  isRole,
  PUBLIC_IDENTITY,
  signAccessToken,
  signGatewayAssertion,
  UNIT_ROLES,
  verifyAccessToken,
  type Identity,
  type PlatformConfig,
} from '@sesao28/kit';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context.js';

/**
 * Who is asking: the bearer token's person, or PUBLIC without one. A token that is
 * there but wrong (expired, forged) is refused with 401, never treated as public.
 */
export async function gatewayContext(
  config: PlatformConfig,
  authorization: string | undefined,
  requestId: string,
  idempotencyKey: string | null = null,
): Promise<Omit<GatewayContext, 'logger'>> {
  let identity: Identity = PUBLIC_IDENTITY;
  if (authorization) {
    const token = /^Bearer\s+(.+)$/i.exec(authorization)?.[1];
    try {
      if (!token) throw new Error('not a bearer token');
      identity = await verifyAccessToken(config.jwtSecret, token);
    } catch {
      const { th, en } = ERROR_MESSAGES.UNAUTHENTICATED;
      throw new GraphQLError(en, { extensions: { code: 'UNAUTHENTICATED', messageTh: th, messageEn: en, http: { status: 401 } } });
    }
  }
  return { requestId, identity, idempotencyKey, assertion: await signGatewayAssertion(config.internalSecret, identity) };
}

/**
 * Development only: a token for any role, e.g. /dev/token?role=UNIT_STAFF&unit=FINANCE
 * (add &confidential=1 for Internal Audit's named staff).
 */
export function devTokenRouter(config: PlatformConfig): express.Router {
  const router = express.Router();
  router.get('/token', async (req, res) => {
    const role = String(req.query.role ?? '');
    const unit = req.query.unit ? String(req.query.unit) : null;
    const unitRole = UNIT_ROLES.includes(role as never);
    if (!isRole(role) || role === 'PUBLIC' || unitRole !== Boolean(unit) || (unit && !directoryEntry(unit))) {
      res.status(400).json({
        code: 'BAD_TOKEN_REQUEST',
        messageTh: 'ระบุ role (STAKEHOLDER, UNIT_STAFF, UNIT_HEAD, DIRECTOR, ANALYST, AUDITOR, ADMIN) และ unit เฉพาะ UNIT_STAFF/UNIT_HEAD',
        messageEn:
          'Give a role (STAKEHOLDER, UNIT_STAFF, UNIT_HEAD, DIRECTOR, ANALYST, AUDITOR, ADMIN), and a unit code for UNIT_STAFF/UNIT_HEAD only',
      });
      return;
    }
    const identity: Identity = {
      role,
      unitCode: unit,
      subject: `dev-${role.toLowerCase()}${unit ? `-${unit.toLowerCase()}` : ''}`,
      confidential: req.query.confidential === '1',
    };
    res.json({ token: await signAccessToken(config.jwtSecret, identity), identity });
  });
  return router;
}
