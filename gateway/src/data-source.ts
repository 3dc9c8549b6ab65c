import { STATUS_CODES } from 'node:http';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Agent, request as httpRequest } from 'undici';
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

/** A unit's answer as read off the wire (undici's lower-case headers): shared by the callers of a merged read, so never changed. */
interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * The answer as Apollo's data source reads a fetch Response (status, headers.get, json, text): a
 * fresh object per reader. Undici's own `request` instead of Node's global fetch: the gateway spent
 * about half of its busy time in fetch's web streams for each subgraph call.
 */
function asResponse(url: string, { status, headers, body }: Answer) {
  return {
    url,
    status,
    ok: status >= 200 && status < 300,
    statusText: STATUS_CODES[status] ?? '',
    headers: {
      get: (name: string) => {
        const value = headers[name.toLowerCase()];
        return Array.isArray(value) ? value.join(', ') : (value ?? null);
      },
    },
    json: async (): Promise<unknown> => JSON.parse(body),
    text: async () => body,
  };
}

/**
 * Identical subgraph reads in flight at once (same unit, same caller, same body) go out once, and
 * each waiter reads the one answer: a dashboard asked by many at the same moment costs the units
 * one query each. Keyed by caller too, since what a unit answers depends on who asks.
 */
class InFlight {
  private readonly pending = new Map<string, Promise<Answer>>();

  fetch(key: string, send: () => Promise<Answer>): Promise<Answer> {
    let answer = this.pending.get(key);
    if (!answer) {
      answer = send();
      this.pending.set(key, answer);
      const forget = () => this.pending.delete(key);
      answer.then(forget, forget);
    }
    return answer;
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
    // Kept-alive connections to this unit (it keeps them longer, 65 s, so none is cut mid-request).
    const dispatcher = new Agent({ keepAliveTimeout: 60_000 });
    super({
      url,
      fetcher: (async (input: string, init: RequestInit & { headers: Record<string, string>; body: string }) => {
        const { [CALLER_HEADER]: caller, [MERGEABLE_HEADER]: mergeable, ...headers } = init.headers;
        const send = async (): Promise<Answer> => {
          const identity = JSON.parse(Buffer.from(caller ?? '', 'base64url').toString('utf8') || 'null') as Identity | null;
          if (identity) headers[GATEWAY_ASSERTION_HEADER] = await sign(unitCode, identity, init.body);
          const res = await httpRequest(input, {
            method: 'POST',
            headers,
            body: init.body,
            dispatcher,
            signal: AbortSignal.timeout(timeoutMs),
          });
          return { status: res.statusCode, headers: res.headers, body: await res.body.text() };
        };
        return asResponse(input, await (mergeable ? inFlight.fetch(`${caller ?? ''}\n${init.body}`, send) : send()));
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
    // With tracing on, the subgraph continues this trace (undici's request is not instrumented).
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
