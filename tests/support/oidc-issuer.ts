import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person with an account at the test issuer: what its ID tokens say about them. */
export interface IssuerAccount {
  email: string;
  email_verified: boolean;
  name: string;
}

export interface OidcClientSettings {
  clientId: string;
  clientSecret: string;
}

export interface TestIssuer {
  /** The issuer URL, e.g. http://127.0.0.1:41234 (what OIDC_STAFF_ISSUER is set to). */
  url: string;
  /** Opens for sign-in: the clients and where they may send people back (known once the gateway listens). */
  open(clients: (OidcClientSettings & { redirectUris: string[] })[]): void;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on loopback, in the test stack: its
 * own login page (any account name from `accounts`, any password), authorization code with PKCE,
 * signed ID tokens. The clients are given once the gateway's address is known, so the issuer
 * listens first and answers 503 until then.
 */
export async function startTestIssuer(accounts: Record<string, IssuerAccount>): Promise<TestIssuer> {
  let handler: http.RequestListener | null = null;
  const server = http.createServer((req, res) => {
    if (handler) return handler(req, res);
    res.writeHead(503).end('issuer not open yet');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    open(clients) {
      const provider = new Provider(url, {
        clients: clients.map((c) => ({
          client_id: c.clientId,
          client_secret: c.clientSecret,
          redirect_uris: c.redirectUris,
          grant_types: ['authorization_code'],
          response_types: ['code'],
        })),
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
        async findAccount(_ctx, id) {
          const account = accounts[id];
          return account ? { accountId: id, claims: () => ({ sub: id, ...account }) } : undefined;
        },
        // A first-party app: people are not asked to consent to each scope.
        async loadExistingGrant(ctx) {
          const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
          grant.addOIDCScope('openid email profile');
          await grant.save();
          return grant;
        },
        cookies: { keys: ['sesao28-test-issuer-cookie-key'] },
        pkce: { required: () => true },
        features: { devInteractions: { enabled: true } },
      });
      handler = provider.callback();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
