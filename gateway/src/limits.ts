import { BlockList, isIP } from 'node:net';
import { isUtf8 } from 'node:buffer';
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { fillMessage, PLATFORM_MESSAGES, type PlatformErrorCode, type PlatformConfig } from '@sesao28/platform';
import express from 'express';
import {
  GraphQLError,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type GraphQLFormattedError,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { PersistedQueries, SharedStore } from './shared-store.js';
import { countSubmissions } from './submissions.js';

/**
 * The gateway's abuse limits, all from settings (services/platform/src/config.ts):
 * query depth, aliases, directives and cost (graphql-armor validation rules), tokens
 * (graphql-js's own parser limit, see below), body size and encoding, non-JSON
 * (CSRF-style) posts, and a per-client rate limit on submissions. Every refusal is a 4xx
 * with a stable `extensions.code` and `messageTh` / `messageEn`.
 */

type Params = Record<string, string | number>;

function messages(code: PlatformErrorCode, params: Params = {}) {
  const t = PLATFORM_MESSAGES[code];
  return { messageTh: fillMessage(t.th, params), messageEn: fillMessage(t.en, params) };
}

/** A JSON body in the shape of a GraphQL response, for refusals made before Apollo sees the request. */
export function errorBody(code: PlatformErrorCode, params: Params = {}, extra: Record<string, unknown> = {}) {
  const m = messages(code, params);
  return { errors: [{ message: m.messageEn, extensions: { code, ...m, ...extra } }] };
}

/** A graphql-armor rejection, reported into validation; Apollo answers it with 400. */
class LimitError extends GraphQLError {
  constructor(
    readonly limitCode: PlatformErrorCode,
    readonly max: number,
  ) {
    super(messages(limitCode, { max }).messageEn);
  }
}

function reject(code: PlatformErrorCode, max: number) {
  return (ctx: ValidationContext | null) => ctx?.reportError(new LimitError(code, max));
}

/** Apollo's own client errors we give a code of ours by what they say. */
// graphql-js 16 says "more that N tokens"; accept the corrected wording too.
const TOKEN_LIMIT = /Document contains more th[ae][nt] (\d+) tokens/;
const INTROSPECTION = /introspection is not allowed/i;
const CSRF = /Cross-Site Request Forgery/i;
const SUGGESTION = /\s*Did you mean [^?]*\?/;
const SUGGESTIONS = new RegExp(SUGGESTION.source, 'g');
/** Apollo's client-error codes: kept, with our Thai and English added. */
const APOLLO_CLIENT_CODES = new Set<string>(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

function limitOf(error: unknown): LimitError | undefined {
  let current = error;
  for (let i = 0; i < 3 && current; i++) {
    if (current instanceof LimitError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * Gives request errors (armor limits, Apollo's parse/validation/CSRF refusals) a stable code of
 * ours with Thai and English messages; runs before formatGatewayError. In production, drops
 * "Did you mean …?" suggestions that graphql-armor's mask misses (e.g. enum values).
 */
export function localizeError(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  const limit = limitOf(error);
  const recode = (newCode: PlatformErrorCode, params: Params = {}): GraphQLFormattedError => {
    const m = messages(newCode, params);
    return { ...formatted, message: m.messageEn, extensions: { ...extensions, code: newCode, ...m } };
  };
  if (limit) return recode(limit.limitCode, { max: limit.max });
  if (code === 'GRAPHQL_PARSE_FAILED') {
    const tokens = TOKEN_LIMIT.exec(formatted.message);
    if (tokens) return recode('QUERY_TOO_LARGE', { max: Number(tokens[1]) });
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && INTROSPECTION.test(formatted.message)) return recode('INTROSPECTION_DISABLED');
  if (code === 'BAD_REQUEST' && CSRF.test(formatted.message)) return recode('CSRF_BLOCKED');
  if (code && APOLLO_CLIENT_CODES.has(code) && typeof extensions.messageEn !== 'string') {
    const message = production ? formatted.message.replace(SUGGESTIONS, '') : formatted.message;
    return { ...formatted, message, extensions: { ...extensions, ...messages(code as PlatformErrorCode) } };
  }
  if (production && SUGGESTION.test(formatted.message)) return { ...formatted, message: formatted.message.replace(SUGGESTIONS, '') };
  return formatted;
}

/**
 * Codes that mean "the client's input was refused" (structured values that are not valid:
 * unit codes, ids, cursors, fiscal years, keys). When every error of a response is one of these,
 * the answer is 400, not 200: nothing was done, and the client must change the request.
 * PAGE_SIZE_OUT_OF_RANGE stays 200 for now: tests/e2e/federation.test.ts pins it.
 */
export const INPUT_REFUSAL_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'INVALID_CURSOR',
  'INVALID_FISCAL_YEAR',
  'INVALID_DATE_RANGE',
  'SEARCH_TOO_LONG',
  'INVALID_ID',
  'UNKNOWN_UNIT',
  'CASE_CODE_NOT_FOUND',
  'UNKNOWN_ACTIVITY',
  'ACTIVITY_NEEDS_UNIT',
  'INVALID_IDEMPOTENCY_KEY',
  'TEXT_REQUIRED',
  'TEXT_TOO_LONG',
  'TOO_MANY_ITEMS',
  'CONTACT_INCOMPLETE',
  'CONSENT_REQUIRED',
  'CONSULTATION_NOT_FOUND',
  'SURVEY_NOT_FOUND',
  'SURVEY_CODE_INVALID',
  'SURVEY_ANSWER_INVALID',
  'SURVEY_RESPONSE_EMPTY',
]);

function refusedInputStatus(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(ctx: GraphQLRequestContextWillSendResponse<any>) {
          const { body, http } = ctx.response;
          if (http.status !== undefined && http.status !== 200) return;
          if (body.kind !== 'single') return;
          const errors = body.singleResult.errors;
          if (!errors?.length) return;
          if (errors.every((e) => INPUT_REFUSAL_CODES.has(String(e.extensions?.code)))) http.status = 400;
        },
      };
    },
  };
}

/** Text PostgreSQL can store: no NUL, no half of a surrogate pair (JSON and GraphQL escapes allow both). */
export function storable(text: string): boolean {
  return !UNSTORABLE.test(text);
}
// eslint-disable-next-line no-control-regex -- a NUL byte is exactly what must be refused
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuses string literals in the query that could not be stored (variables are checked in `bodyLimits`). */
const storableStrings: ValidationRule = (context) => ({
  StringValue(node) {
    if (!storable(node.value)) context.reportError(new LimitError('INVALID_CHARACTERS', 0));
  },
});

/** Whether every string in a JSON value (keys too) is storable; iterative, so deep nesting cannot overflow the stack. */
export function allStorable(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (!storable(v)) return false;
    } else if (v && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        if (!storable(key)) return false;
        stack.push(child);
      }
    }
  }
  return true;
}

/** Depth, aliases and cost of an operation as the limits count them (to choose the settings). */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode): { depth: number; aliases: number; cost: number } {
  const out = { depth: 0, aliases: 0, cost: 0 };
  const take = (key: keyof typeof out) => [(_: unknown, details: { n: number }) => void (out[key] = Math.max(out[key], details.n))];
  const rules = new ApolloArmor({
    maxDepth: { n: Infinity, ignoreIntrospection: true, onAccept: take('depth') },
    maxAliases: { n: Infinity, onAccept: take('aliases') },
    costLimit: { maxCost: Infinity, onAccept: take('cost') },
    maxDirectives: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
  validate(schema, document, rules);
  return out;
}

export interface ApolloLimits {
  plugins: ApolloServerPlugin<any>[];
  validationRules: ValidationRule[];
  /**
   * Tokens: graphql-armor's Apollo max-tokens plugin throws inside `parsingDidStart`, which Apollo
   * Server 5 answers with a 500. graphql-js's parser has the same lexer-level limit built in
   * (`maxTokens`); Apollo reports it as a parse failure (400), which we name QUERY_TOO_LARGE.
   */
  parseOptions: { maxTokens: number };
}

/** Options for `new ApolloServer`: armor's depth, alias, directive and cost rules; suggestions hidden in production. */
export function apolloLimits(config: PlatformConfig): ApolloLimits {
  // One armor per protection, so that the most specific refusal comes first (a 50-deep query is
  // also too costly; it is reported as too deep first).
  const off = () => ({
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const protections: ConstructorParameters<typeof ApolloArmor>[0][] = [
    {
      ...off(),
      maxDepth: {
        n: config.maxQueryDepth,
        ignoreIntrospection: true,
        propagateOnRejection: false,
        onReject: [reject('QUERY_TOO_DEEP', config.maxQueryDepth)],
      },
    },
    {
      ...off(),
      maxAliases: { n: config.maxAliases, propagateOnRejection: false, onReject: [reject('TOO_MANY_ALIASES', config.maxAliases)] },
    },
    {
      ...off(),
      maxDirectives: {
        n: config.maxDirectives,
        propagateOnRejection: false,
        onReject: [reject('TOO_MANY_DIRECTIVES', config.maxDirectives)],
      },
    },
    {
      ...off(),
      costLimit: { maxCost: config.maxQueryCost, propagateOnRejection: false, onReject: [reject('QUERY_TOO_COSTLY', config.maxQueryCost)] },
    },
    // Helpful while developing; in production the schema is not for guessing.
    { ...off(), blockFieldSuggestion: { enabled: config.mode === 'production' } },
  ];
  const plugins: ApolloServerPlugin<any>[] = [];
  const validationRules: ValidationRule[] = [storableStrings];
  for (const options of protections) {
    const armor = new ApolloArmor(options).protect();
    // Armor's declarations see Apollo's CommonJS types, we the ESM ones: the same plugins at runtime.
    plugins.push(...(armor.plugins as unknown as ApolloServerPlugin<any>[]));
    validationRules.push(...armor.validationRules);
  }
  plugins.push(refusedInputStatus());
  return { plugins, validationRules, parseOptions: { maxTokens: config.maxTokens } };
}

function send(res: express.Response, status: number, code: PlatformErrorCode, params: Params = {}, extra: Record<string, unknown> = {}) {
  res.status(status).json(errorBody(code, params, extra));
}

/** Content types a browser form or fetch may send cross-site without a preflight. */
const SIMPLE_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'];

class InvalidUtf8 extends Error {
  readonly status = 400;
  readonly type = 'encoding.invalid';
}

/**
 * The `/graphql` body chain: JSON only (a text/plain or form post, the shape of a CSRF attempt, is
 * refused before its body is read), at most BODY_LIMIT_BYTES, strictly UTF-8, and body-parser's
 * errors answered as JSON with our codes instead of Express's HTML.
 */
export function bodyLimits(config: PlatformConfig): Array<express.RequestHandler | express.ErrorRequestHandler> {
  const requireJson: express.RequestHandler = (req, res, next) => {
    if (req.method !== 'POST' || req.is('application/json')) return next();
    const type = (req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!type || SIMPLE_TYPES.includes(type)) return send(res, 400, 'CSRF_BLOCKED');
    return send(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  };
  const json = express.json({
    limit: config.bodyLimitBytes,
    verify: (_req, _res, buf, encoding) => {
      // body-parser decodes invalid UTF-8 into U+FFFD silently; refuse it instead.
      if (/^utf-?8$/i.test(encoding) && !isUtf8(buf)) throw new InvalidUtf8('The request body is not valid UTF-8');
    },
  });
  const bodyErrors: express.ErrorRequestHandler = (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const type = typeof err?.type === 'string' ? err.type : '';
    if (type === 'entity.too.large') return send(res, 413, 'PAYLOAD_TOO_LARGE', { max: config.bodyLimitBytes });
    if (type === 'charset.unsupported' || type === 'encoding.unsupported') return send(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
    // entity.parse.failed, encoding.invalid, request.aborted, request.size.invalid, stream errors…
    return send(res, 400, 'BAD_REQUEST_BODY');
  };
  const storableText: express.RequestHandler = (req, res, next) => {
    if (req.body === undefined || allStorable(req.body)) return next();
    return send(res, 400, 'INVALID_CHARACTERS');
  };
  return [requireJson, json, bodyErrors, storableText];
}

/** The peers whose X-Forwarded-For may be believed (TRUSTED_PROXIES); a range that is not CIDR stops the gateway from starting. */
export function trustedPeers(ranges: readonly string[]): BlockList {
  const list = new BlockList();
  for (const range of ranges) {
    const [address, bits] = range.split('/');
    const family = address && isIP(address);
    const prefix = Number(bits);
    if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) {
      throw new Error(`Setting TRUSTED_PROXIES: "${range}" is not a CIDR range such as 10.0.0.0/8`);
    }
    list.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
  }
  return list;
}

/** A socket's peer as an address BlockList understands (an IPv4 client on a dual-stack socket comes as ::ffff:a.b.c.d). */
function peerOf(socketAddress: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(socketAddress)?.[1];
  if (v4) return { address: v4, family: 'ipv4' };
  return { address: socketAddress, family: isIP(socketAddress) === 4 ? 'ipv4' : 'ipv6' };
}

/**
 * The client a request counts against: the socket's address, or, when the request came through
 * one of our own proxies (a trusted peer), the entry the proxies appended to X-Forwarded-For.
 * From any other peer the header is the client's to invent, so it is ignored.
 */
export function clientKey(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trustProxy: number,
  trusted: BlockList,
): string {
  const fromProxy =
    socketAddress !== undefined &&
    isIP(peerOf(socketAddress).address) > 0 &&
    trusted.check(peerOf(socketAddress).address, peerOf(socketAddress).family);
  if (trustProxy > 0 && forwardedFor && fromProxy) {
    const hops = forwardedFor
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    // Entries to the left of the ones our own proxies appended are the client's to invent.
    const entry = hops[Math.max(0, hops.length - trustProxy)];
    if (entry) return entry;
  }
  return socketAddress ?? 'unknown';
}

const UNKNOWN_HASH = Symbol('unknown persisted query');

/**
 * The text a request stands for: its query, or for an automatic persisted query sent by hash
 * alone, the text a client registered under that hash (at any gateway sharing the store), so a
 * hash cannot carry submissions past the limit. A text sent with its hash is kept for later.
 */
async function textOf(queries: PersistedQueries, query: unknown, extensions: unknown): Promise<unknown> {
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  if (typeof hash !== 'string') return query;
  if (typeof query === 'string') {
    // Kept only when the text is the hash's (Apollo refuses a mismatch too).
    await queries.keep(hash, query);
    return query;
  }
  return (await queries.textOf(hash)) ?? UNKNOWN_HASH;
}

/** Refuses with 429 and Retry-After, naming the limit the client is over. */
function tooMany(res: express.Response, code: 'RATE_LIMITED' | 'REQUEST_RATE_LIMITED', max: number, rejection: RateLimiterRes): void {
  const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  res.set('retry-after', String(seconds));
  send(res, 429, code, { max, seconds }, { retryAfterSeconds: seconds });
}

/**
 * Per client per minute: at most REQUEST_RATE_LIMIT GraphQL requests of any kind (queries too, so
 * reading cannot be hammered either), and at most SUBMISSION_RATE_LIMIT submissions, where each
 * submission field counts (aliasing many into one request does not help). Over either: 429 with
 * Retry-After. Both count in the shared store, so every gateway replica holds them together.
 */
export function rateLimits(
  config: PlatformConfig,
  store: SharedStore,
  submissionFields: () => ReadonlySet<string>,
): express.RequestHandler {
  const requests = store.limiter({ keyPrefix: 'requests', points: config.requestRateLimit, duration: 60 });
  const submissionLimiter = store.limiter({ keyPrefix: 'submissions', points: config.submissionRateLimit, duration: 60 });
  const trusted = trustedPeers(config.trustedProxies);
  return async (req, res, next) => {
    const key = clientKey(req.socket.remoteAddress, req.header('x-forwarded-for'), config.trustProxy, trusted);
    try {
      await requests.consume(key, 1);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return next(rejection);
      return tooMany(res, 'REQUEST_RATE_LIMITED', config.requestRateLimit, rejection);
    }
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown } | undefined;
    if (req.method !== 'POST' || !body || typeof body !== 'object' || Array.isArray(body)) return next();
    let query: unknown;
    try {
      query = await textOf(store.persistedQueries, body.query, body.extensions);
    } catch (error) {
      return next(error);
    }
    if (query === UNKNOWN_HASH) {
      // A hash alone whose text no gateway sharing the store has seen: the client sends the text, as for Apollo's own miss.
      res.json({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
      return;
    }
    const submissions = countSubmissions(submissionFields(), query, body.operationName, config.maxTokens, body.variables);
    if (submissions === 0) return next();
    submissionLimiter.consume(key, submissions).then(
      () => next(),
      (rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) return next(rejection);
        tooMany(res, 'RATE_LIMITED', config.submissionRateLimit, rejection);
      },
    );
  };
}
