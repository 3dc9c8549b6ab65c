export {
  loadConfig,
  switchOffApolloUsageReporting,
  withInstallationSecrets,
  npmStartSettings,
  environmentWith,
  isLoopbackHost,
  loadDatabaseRoleSettings,
  type DatabaseRoleSettings,
  type OidcProvider,
  type PlatformConfig,
  type RuntimeMode,
} from './config.js';
export {
  PLATFORM_MESSAGES,
  BilingualError,
  requestError,
  unitErrors,
  fillMessage,
  type PlatformErrorCode,
  type ErrorMessages,
} from './errors.js';
export { describeListenError } from './listen-error.js';
export { serveUntilSignal, type ProcessServer, type ServeOptions } from './lifecycle.js';
export { createLogger, silentLogger, type Logger, type DestinationStream } from './logger.js';
export {
  REQUEST_ID_HEADER,
  currentRequestScope,
  normaliseRequestId,
  requestLogger,
  runInRequestScope,
  type RequestScope,
} from './request-scope.js';
export { createServerMetrics, PROCESS_METRICS_PREFIX, type PoolCounts, type ServerMetrics, type ServerMetricsOptions } from './metrics.js';
export { metricsAccess, metricsAllowed } from './metrics-access.js';
export { observeHttp, requestInfo, routeOf, type ObserveHttpOptions } from './observe-http.js';
export {
  setupTelemetry,
  setupTelemetryFromConfig,
  telemetryServiceName,
  tracingEnabled,
  injectTraceContext,
  type Telemetry,
  type TelemetryOptions,
} from './telemetry.js';
export {
  ROLES,
  PUBLIC_IDENTITY,
  UNIT_ROLES,
  isRole,
  type Identity,
  type Role,
  type StaffDirectoryEntry,
  type StaffLookup,
} from './auth/identity.js';
export {
  signAccessToken,
  verifyAccessToken,
  signGatewayAssertion,
  assertionSigner,
  verifyGatewayAssertion,
  assertionVerifier,
  gatewayHeaders,
  GATEWAY_ASSERTION_HEADER,
  signSignInState,
  verifySignInState,
  type SignInState,
} from './auth/tokens.js';
export {
  createKeyRing,
  generateKeyPair,
  generateDeploymentKeys,
  bodyDigest,
  ownerOfKeyId,
  GATEWAY_KEY_OWNER,
  type KeyRing,
  type KeySettings,
  type JWK,
} from './auth/keys.js';
export { officeDirectory, directoryEntry, peerDirectory, unitCodeOfSubgraph, INTAKE_UNIT_CODE, type DirectoryEntry } from './directory.js';
export {
  PEER_TOKEN_HEADER,
  GATEWAY_CALLER,
  signPeerRequest,
  verifyPeerRequest,
  type PeerCaller,
  type PeerDirectory,
} from './peer/peer-auth.js';
export { peerGet, peerHas } from './peer/peer-check.js';
export { ATTACHMENT_HEADERS, FILES_PATH, contentDisposition, downloadPath, internalAttachmentPath } from './attachment-download.js';
export { IDEMPOTENCY_HEADER } from './idempotency-header.js';
export { isUuid } from './ids.js';
