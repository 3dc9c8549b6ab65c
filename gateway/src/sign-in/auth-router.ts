import { verifyAccessToken, type Logger, type PlatformConfig } from '@sesao28/platform';
import express from 'express';
import { clearCookie, readCookie, SESSION_COOKIE } from './cookies.js';
import { oidcSignIn } from './oidc.js';
import type { StaffDirectoryLookup } from './staff-directory.js';

/**
 * `/auth`: which ways to sign in there are, who is signed in (the pages ask; the cookie itself
 * is HttpOnly), signing out, and the OpenID Connect round trip of each provider.
 */
export function authRouter(config: PlatformConfig, lookup: StaffDirectoryLookup, logger: Logger): express.Router {
  const router = express.Router();
  const oidc = oidcSignIn(config, lookup, logger);
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  router.get('/providers', (_req, res) => {
    res.json({ devSignIn: config.devSignIn, providers: config.oidcProviders.map(({ id, audience }) => ({ id, audience })) });
  });
  router.get('/session', async (req, res) => {
    const token = readCookie(req, SESSION_COOKIE);
    if (!token) {
      res.json({ signedIn: false });
      return;
    }
    try {
      const identity = await verifyAccessToken(config.jwtSecret, token);
      const line = config.oidcProviders.find((p) => p.id === 'line');
      // Signed in with LINE: the feedback form may offer to tell the person on LINE.
      const viaLine = Boolean(line && identity.subject?.startsWith(`${line.issuer}|`));
      res.json({ signedIn: true, role: identity.role, unitCode: identity.unitCode, confidential: identity.confidential, viaLine });
    } catch {
      // A forged or expired session is gone: the cookie too.
      clearCookie(req, res, config, SESSION_COOKIE);
      res.json({ signedIn: false, expired: true });
    }
  });
  router.post('/sign-out', (req, res) => {
    clearCookie(req, res, config, SESSION_COOKIE);
    res.status(204).end();
  });
  router.get('/sign-in/:provider', oidc.begin);
  router.get('/callback/:provider', oidc.finish);
  return router;
}
