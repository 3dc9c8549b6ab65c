import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  GATEWAY_ASSERTION_HEADER,
  IDEMPOTENCY_HEADER,
  injectTraceContext,
  assertionSigner,
  requestError,
  type Identity,
  type KeyRing,
} from '@sesao28/platform';
import type { GatewayContext } from './context.js';

/** Who the request is for, from willSendRequest to the fetcher (which alone sees the body); never sent. */
const CALLER_HEADER = 'x-sesao28-caller';
/** Marks a read the fetcher may share with an identical one in flight; never sent. */
const MERGEABLE_HEADER = 'x-sesao28-mergeable';

interface Answer {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

/**
 * Identical subgraph reads in flight at once (same unit, same caller, same body) go out once, and
 * each waiter gets its own copy of the answer: a dashboard asked by many at the same moment costs
 * the units one query each. Keyed by caller too, since what a unit answers depends on who asks.
 */
class InFlight {
  private readonly pending = new Map<string, Promise<Answer>>();

  async fetch(key: string, send: () => Promise<Response>): Promise<Response> {
    let answer = this.pending.get(key);
    if (!answer) {
      answer = send().then(async (res) => {
        const headers: [string, string][] = [];
        res.headers.forEach((value, name) => headers.push([name, value]));
        return { status: res.status, headers, body: await res.arrayBuffer() };
      });
      this.pending.set(key, answer);
      const forget = () => this.pending.delete(key);
      answer.then(forget, forget);
    }
    const { status, headers, body } = await answer;
    return new Response(body.slice(0), { status, headers });
  }
}

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
    private readonly mergeInFlight = true,
  ) {
    const inFlight = new InFlight();
    const sign = assertionSigner(keys);
    super({
      url,
      fetcher: (async (input: string, init: RequestInit & { headers: Record<string, string>; body: string }) => {
        const { [CALLER_HEADER]: caller, [MERGEABLE_HEADER]: mergeable, ...headers } = init.headers;
        const send = async () => {
          const identity = JSON.parse(Buffer.from(caller ?? '', 'base64url').toString('utf8') || 'null') as Identity | null;
          if (identity) headers[GATEWAY_ASSERTION_HEADER] = await sign(unitCode, identity, init.body);
          return fetch(input, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
        };
        return mergeable ? inFlight.fetch(`${caller ?? ''}\n${init.body}`, send) : send();
      }) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
    // Subgraphs answer only requests that carry the gateway's signed word on who is asking (signed in the fetcher).
    if (context?.identity) request.http?.headers.set(CALLER_HEADER, Buffer.from(JSON.stringify(context.identity)).toString('base64url'));
    if (context?.idempotencyKey) request.http?.headers.set(IDEMPOTENCY_HEADER, context.idempotencyKey);
    // Reads may share an identical one in flight; a mutation always goes out on its own.
    if (this.mergeInFlight && !/^\s*mutation\b/.test(request.query ?? '')) request.http?.headers.set(MERGEABLE_HEADER, '1');
    // With tracing on, the subgraph continues this trace (global fetch is not instrumented).
    injectTraceContext(request.http?.headers as Headers | undefined);
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    try {
      return await super.process(options);
    } catch {
      const error = requestError('UNIT_UNAVAILABLE', { unit: this.unitName });
      error.extensions.unit = this.unitName;
      throw error;
    }
  }
}
