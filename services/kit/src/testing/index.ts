export { describeUnitContract } from './contract.js';
export { startTestUnit, unitHead, type TestUnit } from './test-unit.js';
export { expectRefused, unitStaff } from './refusals.js';
export { createTestDatabase } from './database.js';
export { postGraphQL, type GraphQLResponse } from './graphql-client.js';
export { makeActivity, makeFeedback } from './fixtures.js';
export { freePort } from './free-port.js';
export { median } from './median.js';
export { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
