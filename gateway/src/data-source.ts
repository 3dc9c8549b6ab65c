import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  GATEWAY_ASSERTION_HEADER,
  IDEMPOTENCY_HEADER,
  injectTraceContext,
  PlatformError,
  signGatewayAssertion,
  type Identity,
  type KeyRing,
} from '@sesao28/kit';
import type { GatewayContext } from './context.js';

/** Who the request is for, from willSendRequest to the fetcher (which alone sees the body); never sent. */
const CALLER_HEADER = 'x-sesao28-caller';

/**
 * One subgraph as the gateway calls it: a fixed timeout (a slow unit costs only
 * its own part of the answer), the request id carried along for the logs, and a
 * unit that cannot be reached reported as UNIT_UNAVAILABLE naming the unit,
 * never its address. Each call carries the gateway's assertion of who is asking,
 * signed for this unit and this exact body.
 */
export class UnitDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly unitName: string,
    unitCode: string,
    url: string,
    timeoutMs: number,
    keys: KeyRing,
  ) {
    super({
      url,
      fetcher: (async (input: string, init: RequestInit & { headers: Record<string, string>; body: string }) => {
        const { [CALLER_HEADER]: caller, ...headers } = init.headers;
        const identity = JSON.parse(Buffer.from(caller ?? '', 'base64url').toString('utf8') || 'null') as Identity | null;
        if (identity) headers[GATEWAY_ASSERTION_HEADER] = await signGatewayAssertion(keys, unitCode, identity, init.body);
        return fetch(input, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
      }) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
    // Subgraphs answer only requests that carry the gateway's signed word on who is asking (signed in the fetcher).
    if (context?.identity) request.http?.headers.set(CALLER_HEADER, Buffer.from(JSON.stringify(context.identity)).toString('base64url'));
    if (context?.idempotencyKey) request.http?.headers.set(IDEMPOTENCY_HEADER, context.idempotencyKey);
    // With tracing on, the subgraph continues this trace (global fetch is not instrumented).
    injectTraceContext(request.http?.headers as Headers | undefined);
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    try {
      return await super.process(options);
    } catch {
      const error = new PlatformError('UNIT_UNAVAILABLE', { unit: this.unitName });
      error.extensions.unit = this.unitName;
      throw error;
    }
  }
}
