import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GATEWAY_ASSERTION_HEADER, IDEMPOTENCY_HEADER, injectTraceContext, PlatformError } from '@sesao28/kit';
import type { GatewayContext } from './context.js';

/**
 * One subgraph as the gateway calls it: a fixed timeout (a slow unit costs only
 * its own part of the answer), the request id carried along for the logs, and a
 * unit that cannot be reached reported as UNIT_UNAVAILABLE naming the unit,
 * never its address.
 */
export class UnitDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly unitName: string,
    url: string,
    timeoutMs: number,
  ) {
    super({
      url,
      fetcher: ((input: string, init?: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
    // Subgraphs answer only requests that carry the gateway's signed word on who is asking.
    if (context?.assertion) request.http?.headers.set(GATEWAY_ASSERTION_HEADER, context.assertion);
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
