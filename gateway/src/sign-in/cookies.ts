import type { PlatformConfig } from '@sesao28/platform';
import { parseCookie, stringifySetCookie } from 'cookie';
import type express from 'express';

/** The signed-in person's session: the gateway's own access token, never readable by scripts. */
export const SESSION_COOKIE = 'sesao28_session';
/** Between leaving for a sign-in provider and coming back: state, nonce and the PKCE verifier, signed. */
export const SIGN_IN_COOKIE = 'sesao28_sign_in';

export function readCookie(req: express.Request, name: string): string | undefined {
  const header = req.header('cookie');
  return header ? parseCookie(header)[name] : undefined;
}

/** HttpOnly and SameSite=Lax always; Secure whenever people reach the gateway over https. */
export function setCookie(
  req: express.Request,
  res: express.Response,
  config: PlatformConfig,
  name: string,
  value: string,
  maxAgeSeconds: number,
) {
  const secure = config.publicUrl ? config.publicUrl.startsWith('https://') : req.secure;
  res.append('Set-Cookie', stringifySetCookie({ name, value, httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeSeconds }));
}

export function clearCookie(req: express.Request, res: express.Response, config: PlatformConfig, name: string) {
  setCookie(req, res, config, name, '', 0);
}
