import { directoryEntry, isRole, signAccessToken, UNIT_ROLES, type Identity, type PlatformConfig } from '@sesao28/platform';
import express from 'express';
import { homeOf, startSession } from './oidc.js';

/** The identity asked for, or null when the role, unit or their pairing is not one there can be. */
function requestedIdentity(query: Record<string, unknown>): Identity | null {
  const role = String(query.role ?? '');
  const unit = query.unit ? String(query.unit) : null;
  const unitRole = UNIT_ROLES.includes(role as never);
  if (!isRole(role) || role === 'PUBLIC' || unitRole !== Boolean(unit) || (unit && !directoryEntry(unit))) return null;
  return {
    role,
    unitCode: unit,
    subject: `dev-${role.toLowerCase()}${unit ? `-${unit.toLowerCase()}` : ''}`,
    confidential: query.confidential === '1' || query.confidential === true,
  };
}

/**
 * The development sign-in, mounted only with DEV_SIGN_IN=1 (and only on loopback, see bind-check):
 * GET /dev/token?role=UNIT_STAFF&unit=FINANCE hands an API client a token for any role (add
 * &confidential=1 for Internal Audit's named staff); POST /dev/sign-in signs the pages in as one.
 */
export function devSignInRouter(config: PlatformConfig): express.Router {
  const router = express.Router();
  const refuse = (res: express.Response) =>
    res.status(400).json({
      code: 'BAD_TOKEN_REQUEST',
      messageTh: 'ระบุ role (STAKEHOLDER, UNIT_STAFF, UNIT_HEAD, DIRECTOR, ANALYST, AUDITOR, ADMIN) และ unit เฉพาะ UNIT_STAFF/UNIT_HEAD',
      messageEn:
        'Give a role (STAKEHOLDER, UNIT_STAFF, UNIT_HEAD, DIRECTOR, ANALYST, AUDITOR, ADMIN), and a unit code for UNIT_STAFF/UNIT_HEAD only',
    });
  router.get('/token', async (req, res) => {
    const identity = requestedIdentity(req.query);
    if (!identity) return void refuse(res);
    res.json({ token: await signAccessToken(config.jwtSecret, identity), identity });
  });
  router.post('/sign-in', express.json({ limit: '2kb' }), async (req, res) => {
    const identity = requestedIdentity((req.body ?? {}) as Record<string, unknown>);
    if (!identity) return void refuse(res);
    await startSession(req, res, config, identity);
    res.json({ identity, next: homeOf(identity) });
  });
  return router;
}
