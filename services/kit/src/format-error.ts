import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { BilingualError, type Logger } from '@sesao28/platform';
import { ERROR_MESSAGES } from './errors.js';

const KNOWN_CODES = new Set([
  ...Object.keys(ERROR_MESSAGES),
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
 * Errors leave a unit with a stable code and a message a person can act on.
 * Anything unexpected (a database error, a bug) is logged and replaced by INTERNAL,
 * so SQL, stack traces and internal addresses never reach a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (KNOWN_CODES.has(code) || unwrapResolverError(error) instanceof BilingualError)) {
    const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'unexpected error');
  return {
    message: ERROR_MESSAGES.INTERNAL.en,
    path: formatted.path,
    extensions: { code: 'INTERNAL', messageTh: ERROR_MESSAGES.INTERNAL.th, messageEn: ERROR_MESSAGES.INTERNAL.en },
  };
}
