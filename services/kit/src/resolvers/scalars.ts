import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parseDate(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value as string)) {
    throw new GraphQLError('DateTime must be an ISO 8601 string, e.g. 2026-03-15T09:00:00+07:00', {
      extensions: {
        code: 'INVALID_DATE_TIME',
        messageTh: 'วันเวลาต้องอยู่ในรูปแบบ ISO 8601 เช่น 2026-03-15T09:00:00+07:00',
        messageEn: 'DateTime must be an ISO 8601 string, e.g. 2026-03-15T09:00:00+07:00',
      },
    });
  }
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An ISO 8601 date and time (UTC offset included).',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});
