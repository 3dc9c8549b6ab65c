import { createHash } from 'node:crypto';
import { IDEMPOTENCY_HEADER } from '@sesao28/platform';
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { UnitContext } from './context.js';
import { PlatformError } from './errors.js';
import type { IdempotencyRepository } from './repositories/idempotency-repository.js';

/** A refusal as an ordinary GraphQL answer (HTTP 200), so the gateway passes it on as it is. */
function refusal(code: 'INVALID_IDEMPOTENCY_KEY' | 'IDEMPOTENCY_KEY_REUSED' | 'IDEMPOTENCY_IN_PROGRESS'): GraphQLResponse {
  const error = new PlatformError(code, {}, 'idempotencyKey');
  return {
    http: { headers: new HeaderMap(), status: undefined },
    body: { kind: 'single', singleResult: { data: null, errors: [{ message: error.message, extensions: error.extensions }] } },
  };
}

/**
 * Any mutation sent with an Idempotency-Key header (the gateway passes it on) runs once:
 * a retry with the same key and the same request gets the first result back; the same key
 * with another request is refused. Keys are per person, so nobody can replay another's.
 */
export function idempotencyPlugin(repo: IdempotencyRepository): ApolloServerPlugin<UnitContext> {
  return {
    async requestDidStart({ request }) {
      const key = request.http?.headers.get(IDEMPOTENCY_HEADER)?.trim();
      if (!key) return {};
      let claimed: string | null = null;
      return {
        async responseForOperation({ operation, contextValue }) {
          if (operation.operation !== 'mutation') return null;
          if (key.length < 8 || key.length > 100) return refusal('INVALID_IDEMPOTENCY_KEY');
          const scoped = `${contextValue.identity.subject ?? 'public'}:${key}`;
          const hash = createHash('sha256')
            .update(`${request.query}\n${JSON.stringify(request.variables ?? {})}`)
            .digest('hex');
          const claim = await repo.claim(scoped, hash);
          if (claim.fresh) {
            claimed = scoped;
            return null;
          }
          if (claim.requestHash !== hash) return refusal('IDEMPOTENCY_KEY_REUSED');
          if (!claim.response) return refusal('IDEMPOTENCY_IN_PROGRESS');
          const headers = new HeaderMap([['idempotent-replay', 'true']]);
          return { http: { headers, status: undefined }, body: { kind: 'single', singleResult: claim.response } };
        },
        async willSendResponse({ response }) {
          if (!claimed) return;
          const ok = response.body.kind === 'single' && !response.body.singleResult.errors?.length;
          if (ok && response.body.kind === 'single') await repo.store(claimed, response.body.singleResult);
          else await repo.release(claimed);
        },
      };
    },
  };
}
