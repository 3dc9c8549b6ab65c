import type { GraphQLFormattedError } from 'graphql';
import { fillMessage, PLATFORM_MESSAGES, type Logger } from '@sesao28/platform';

/** Codes a client may see as they are; they carry no internals. */
const PASS_THROUGH = new Set([
  ...Object.keys(PLATFORM_MESSAGES),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'INVALID_DATE_TIME',
]);

/**
 * The last word on what a client sees. A subgraph that cannot be reached becomes
 * UNIT_UNAVAILABLE naming the unit (never its URL); anything unexpected becomes
 * INTERNAL and is logged.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, logger: Logger): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  const serviceName = typeof extensions.serviceName === 'string' ? extensions.serviceName : undefined;
  // A unit's own codes arrive from its subgraph already checked there (kit format-error.ts), in both languages.
  const fromUnit = serviceName !== undefined && typeof extensions.messageTh === 'string' && typeof extensions.messageEn === 'string';
  if (code && (PASS_THROUGH.has(code) || (fromUnit && /^[A-Z][A-Z0-9_]{2,60}$/.test(code)))) {
    const { stacktrace: _s, serviceName: _n, exception: _e, ...safe } = extensions;
    return { message: formatted.message, path: formatted.path, extensions: safe };
  }
  logger.warn({ error: formatted }, 'masked error');
  if (serviceName) {
    const t = PLATFORM_MESSAGES.UNIT_UNAVAILABLE;
    return {
      message: fillMessage(t.en, { unit: serviceName }),
      path: formatted.path,
      extensions: {
        code: 'UNIT_UNAVAILABLE',
        unit: serviceName,
        messageTh: fillMessage(t.th, { unit: serviceName }),
        messageEn: fillMessage(t.en, { unit: serviceName }),
      },
    };
  }
  const t = PLATFORM_MESSAGES.INTERNAL;
  return { message: t.en, path: formatted.path, extensions: { code: 'INTERNAL', messageTh: t.th, messageEn: t.en } };
}
