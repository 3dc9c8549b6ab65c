import { PLATFORM_MESSAGES, PUBLIC_IDENTITY, verifyAccessToken, type Identity, type PlatformConfig } from '@sesao28/platform';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context.js';

/**
 * Who is asking: the bearer token's person (API clients), else the session cookie's (the pages),
 * or PUBLIC without either. A token that is there but wrong (expired, forged) is refused with
 * 401, never treated as public.
 */
export async function gatewayContext(
  config: PlatformConfig,
  authorization: string | undefined,
  requestId: string,
  idempotencyKey: string | null = null,
  sessionToken?: string,
): Promise<Omit<GatewayContext, 'logger'>> {
  let identity: Identity = PUBLIC_IDENTITY;
  if (authorization || sessionToken) {
    const token = authorization ? /^Bearer\s+(.+)$/i.exec(authorization)?.[1] : sessionToken;
    try {
      if (!token) throw new Error('not a bearer token');
      identity = await verifyAccessToken(config.jwtSecret, token);
    } catch {
      const { th, en } = PLATFORM_MESSAGES.UNAUTHENTICATED;
      throw new GraphQLError(en, { extensions: { code: 'UNAUTHENTICATED', messageTh: th, messageEn: en, http: { status: 401 } } });
    }
  }
  return { requestId, identity, idempotencyKey };
}
