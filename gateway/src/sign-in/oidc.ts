import {
  signAccessToken,
  signSignInState,
  verifySignInState,
  type Identity,
  type Logger,
  type OidcProvider,
  type PlatformConfig,
} from '@sesao28/platform';
import type express from 'express';
import * as client from 'openid-client';
import { isLoopback } from './bind-check.js';
import { clearCookie, readCookie, SESSION_COOKIE, setCookie, SIGN_IN_COOKIE } from './cookies.js';
import type { StaffDirectoryLookup } from './staff-directory.js';

/** A path on this site to return to; anything else (another site, `//host`) goes home. */
export function localPath(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

/** Where a person lands after signing in, when they were not on their way somewhere. */
export function homeOf(identity: Identity): string {
  if (identity.role === 'ADMIN') return '/admin/staff';
  if (identity.role === 'DIRECTOR') return '/dashboard';
  if (identity.unitCode) return '/desk';
  if (identity.role === 'ANALYST' || identity.role === 'AUDITOR') return '/analyst';
  return '/';
}

/** Sets the session cookie for this identity, for the configured length of a sign-in. */
export async function startSession(req: express.Request, res: express.Response, config: PlatformConfig, identity: Identity) {
  const seconds = config.sessionMinutes * 60;
  setCookie(req, res, config, SESSION_COOKIE, await signAccessToken(config.jwtSecret, identity, seconds), seconds);
}

/**
 * OpenID Connect sign-in (authorization code with PKCE, state and nonce) through openid-client,
 * for each configured provider: the office's own for staff, LINE Login and others for the public.
 * The person's role comes from the staff directory, by the provider's subject or a verified
 * e-mail; someone not in it signs in with the public's rights (STAKEHOLDER).
 */
export function oidcSignIn(
  config: PlatformConfig,
  lookup: StaffDirectoryLookup,
  logger: Logger,
): { begin: express.RequestHandler; finish: express.RequestHandler } {
  const discovered = new Map<string, Promise<client.Configuration>>();
  const configurationOf = (provider: OidcProvider) => {
    let found = discovered.get(provider.id);
    if (!found) {
      // Plain http only for an issuer on this machine (the test stack's own provider).
      const insecure = new URL(provider.issuer).protocol === 'http:' && isLoopback(new URL(provider.issuer).hostname);
      // LINE Login signs the ID tokens of its web login with the channel secret (HS256).
      const metadata = {
        client_secret: provider.clientSecret,
        ...(provider.id === 'line' ? { id_token_signed_response_alg: 'HS256' } : {}),
      };
      found = client.discovery(new URL(provider.issuer), provider.clientId, metadata, undefined, {
        execute: insecure ? [client.allowInsecureRequests] : [],
        timeout: Math.ceil(config.subgraphTimeoutMs / 1000),
      });
      found.catch(() => discovered.delete(provider.id));
      discovered.set(provider.id, found);
    }
    return found;
  };
  const providerOf = (id: unknown) => config.oidcProviders.find((p) => p.id === id);
  const origin = (req: express.Request) => config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
  const callbackUrl = (req: express.Request, provider: OidcProvider) => `${origin(req)}/auth/callback/${provider.id}`;
  // Problems go back to the sign-in page, which says them in Thai and English.
  const backWith = (res: express.Response, problem: string) => res.redirect(303, `/sign-in?problem=${problem}`);

  const begin: express.RequestHandler = async (req, res) => {
    const provider = providerOf(req.params.provider);
    if (!provider) {
      res.status(404).json({ code: 'UNKNOWN_SIGN_IN_PROVIDER' });
      return;
    }
    try {
      const configuration = await configurationOf(provider);
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const next = localPath(req.query.next);
      setCookie(
        req,
        res,
        config,
        SIGN_IN_COOKIE,
        await signSignInState(config.jwtSecret, { provider: provider.id, state, nonce, codeVerifier, next }),
        600,
      );
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: callbackUrl(req, provider),
        scope: provider.scope,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      res.redirect(303, url.href);
    } catch (error) {
      logger.error({ err: error, provider: provider.id }, 'sign-in provider unreachable');
      backWith(res, 'provider-unavailable');
    }
  };

  const finish: express.RequestHandler = async (req, res) => {
    const provider = providerOf(req.params.provider);
    const saved = await verifySignInState(config.jwtSecret, readCookie(req, SIGN_IN_COOKIE));
    clearCookie(req, res, config, SIGN_IN_COOKIE);
    if (!provider || !saved || saved.provider !== provider.id) {
      backWith(res, 'sign-in-expired');
      return;
    }
    if (req.query.error) {
      backWith(res, req.query.error === 'access_denied' ? 'sign-in-cancelled' : 'sign-in-failed');
      return;
    }
    let claims: client.IDToken & { email?: unknown; email_verified?: unknown };
    try {
      const configuration = await configurationOf(provider);
      const current = new URL(req.originalUrl, callbackUrl(req, provider));
      const tokens = await client.authorizationCodeGrant(configuration, current, {
        pkceCodeVerifier: saved.codeVerifier,
        expectedState: saved.state,
        expectedNonce: saved.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims()!;
      // Providers that keep the e-mail out of the ID token give it at their userinfo endpoint.
      if (claims.email === undefined && configuration.serverMetadata().userinfo_endpoint) {
        const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
        claims = { ...claims, email: info.email, email_verified: info.email_verified };
      }
    } catch (error) {
      logger.warn({ err: error, provider: provider.id }, 'sign-in not completed');
      backWith(res, 'sign-in-failed');
      return;
    }
    const subject = `${provider.issuer}|${claims.sub}`;
    // The office's own provider vouches for its e-mails; a public one must say it verified it.
    const verified = claims.email_verified === true || (provider.audience === 'staff' && claims.email_verified !== false);
    const email = typeof claims.email === 'string' && verified ? claims.email.toLowerCase() : null;
    let entry;
    try {
      entry = await lookup({ subject, email });
    } catch (error) {
      logger.error({ err: error }, 'staff directory unreachable at sign-in');
      backWith(res, 'directory-unavailable');
      return;
    }
    const identity: Identity = entry
      ? { role: entry.role, unitCode: entry.unitCode, confidential: entry.confidential, subject }
      : { role: 'STAKEHOLDER', unitCode: null, confidential: false, subject };
    await startSession(req, res, config, identity);
    logger.info({ provider: provider.id, role: identity.role, unit: identity.unitCode }, 'signed in');
    if (!entry && provider.audience === 'staff') {
      res.redirect(303, '/sign-in?notice=not-in-directory');
      return;
    }
    res.redirect(303, saved.next !== '/' ? saved.next : homeOf(identity));
  };

  return { begin, finish };
}
