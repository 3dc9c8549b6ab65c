import { isLoopbackHost, type PlatformConfig } from '@sesao28/platform';

export const isLoopback = isLoopbackHost;

/**
 * Why the gateway must not listen on this address with these settings, or null. The development
 * sign-in mints any identity, so it only ever answers on loopback; anywhere else people need a
 * real sign-in provider to be let in at all.
 */
export function signInRefusal(config: PlatformConfig, host: string): string | null {
  if (isLoopback(host)) return null;
  if (config.devSignIn) {
    return (
      `DEV_SIGN_IN=1 mints any identity, so the gateway offers it only on loopback, not on ${host}. ` +
      'Unset DEV_SIGN_IN, or listen on 127.0.0.1 (HOST=127.0.0.1).'
    );
  }
  if (config.oidcProviders.length === 0) {
    return (
      `The gateway would listen on ${host} with no way for staff to sign in. Set OIDC_STAFF_ISSUER, ` +
      'OIDC_STAFF_CLIENT_ID and OIDC_STAFF_CLIENT_SECRET (the office\'s identity provider; README: "Sign-in"), or listen on 127.0.0.1.'
    );
  }
  return null;
}
