/**
 * Every setting of `config.ts`, for people: its name(s), its default as read, what it means.
 * `npm run generate` writes docs/settings.md from this list; a test checks it names exactly what
 * config.ts reads.
 */
export interface SettingDoc {
  names: readonly string[];
  default: string;
  meaning: string;
}

export const SETTINGS_DOC: readonly SettingDoc[] = [
  {
    names: ['DATABASE_URL'],
    default: '(embedded)',
    meaning:
      "use an external PostgreSQL instead of the embedded one, e.g. `postgres://user:pass@host:5432/sesao28`; each unit keeps its tables in its own schema `unit_<slug>`. With `DATABASE_MIGRATION_URL`: the unit's service role (e.g. `unit_finance_assets_app`), which its pool connects as. Alone: an administrative role (development, tests, `npm start`), from which each unit creates its own two roles `unit_<slug>_owner` and `unit_<slug>_app` (passwords derived from this URL's credentials) and then connects as the service role",
  },
  {
    names: ['DATABASE_MIGRATION_URL'],
    default: '(none: see DATABASE_URL)',
    meaning:
      'a unit\'s owner role (e.g. `postgres://unit_finance_assets_owner:…@host:5432/sesao28`), which owns its schema and runs its migrations on start; give each unit its own pair (docs/operations.md, "Database roles")',
  },
  {
    names: ['DATABASE_MIGRATIONS'],
    default: 'on-start',
    meaning:
      "`separate`: the unit's migrations are a step of their own (`tsx src/main.ts migrate` with `DATABASE_URL` and `DATABASE_MIGRATION_URL`, the k8s init container), so the serving process holds only its service role (it refuses `DATABASE_MIGRATION_URL`) and will not serve while a migration is not yet run; `on-start`: the unit migrates as it starts",
  },
  {
    names: ['UNIT_DATABASE_URL_<slug>', 'UNIT_DATABASE_MIGRATION_URL_<slug>'],
    default: '(none)',
    meaning:
      "the operators' role script only (`tsx services/kit/src/db/roles-main.ts` with `DATABASE_URL` an administrative role): each unit's two URLs as the unit gets them; it creates those roles with those passwords and the unit's schema",
  },
  {
    names: ['PORT', 'HOST'],
    default: '4000 / 127.0.0.1',
    meaning: 'gateway address',
  },
  {
    names: ['UNIT_HOST'],
    default: '127.0.0.1',
    meaning: 'address the subgraphs listen on',
  },
  {
    names: ['UNIT_PORT_<slug>'],
    default: '4001–4009',
    meaning: "a unit's port, e.g. `UNIT_PORT_financeAssets=5004`",
  },
  {
    names: ['UNIT_URL_<slug>'],
    default: 'from the supergraph',
    meaning: 'where the gateway finds a unit',
  },
  {
    names: ['DB_POOL_SIZE'],
    default: '3',
    meaning: "connections per pool: each unit's (nine pools share one server) and the gateway's shared store",
  },
  {
    names: ['GATEWAY_DATABASE_URL'],
    default: '(unset: in memory; `npm start`: the same database as the units)',
    meaning:
      "the gateway's shared store in PostgreSQL (its own schema `gateway`): the submission limit and the persisted queries are counted and kept once for every gateway replica; unset, each gateway process keeps its own in memory (two replicas would allow twice the limit)",
  },
  {
    names: ['SUBGRAPH_TIMEOUT_MS'],
    default: '5000',
    meaning: 'the gateway gives up on a unit after this; the other units still answer',
  },
  {
    names: ['SUBGRAPH_MERGE_IN_FLIGHT'],
    default: '1',
    meaning:
      'the gateway sends one subgraph query for identical ones in flight at once (same person, same body) and gives each its copy of the answer; `0` sends each. Mutations are never merged',
  },

  {
    names: ['EMBEDDED_PG_DIR', 'EMBEDDED_PG_PORT'],
    default: '`.data/postgres` / 54328',
    meaning: 'embedded PostgreSQL',
  },
  {
    names: ['SUPERGRAPH_FILE'],
    default: '`schema/supergraph.graphql`',
    meaning:
      'supergraph the gateway serves; `npm start` watches it and serves a valid new version without a restart (an invalid one is refused, the old one kept)',
  },
  {
    names: ['SUPERGRAPH_POLL_MS'],
    default: '2000',
    meaning: 'how often the gateway looks for a new version of its supergraph file',
  },
  {
    names: ['LOG_LEVEL'],
    default: 'info',
    meaning: 'pino log level',
  },
  {
    names: ['NODE_ENV'],
    default: 'development',
    meaning: '`production` turns off introspection and the explorer',
  },
  {
    names: ['TEST_DATABASE_URL'],
    default: '(embedded)',
    meaning: 'run the tests against an existing server',
  },
  {
    names: ['TEST_TIER'],
    default: '(all)',
    meaning: 'set by `npm test -- <tier>` (fast, database, e2e, browser, slow; infra/test-tiers.mjs): the `fast` tier starts no PostgreSQL',
  },
  {
    names: ['REPLICAS_SUBMISSIONS'],
    default: '400',
    meaning:
      '`tests/e2e/replicas.test.ts`: submissions sent through two gateways to two replicas of every unit (the acceptance figure is 10000; see docs/performance.md for its time)',
  },
  {
    names: ['INTERNAL_SECRET'],
    default: '(`npm start`: generated in `.data/secrets.json`)',
    meaning:
      "the installation's secret for links it sends (stop links); in development and tests every part's keys derive from it. Required (24+ characters, not an example value) in production",
  },
  {
    names: ['SIGNING_KEY'],
    default: '(development: derived)',
    meaning:
      "this part's own private Ed25519 key as a JWK with kid `<owner>#<version>` (`gateway` or the unit's code); required in production, one per part; `npm run keys` makes them",
  },
  {
    names: ['TRUSTED_KEYS'],
    default: '(development: derived)',
    meaning:
      "JWK set of the public keys of every part (the gateway and the nine units); during a key roll it holds an owner's old and new keys; required in production",
  },
  {
    names: ['PSEUDONYM_KEY'],
    default: '(development: derived)',
    meaning:
      'keys the pseudonymous lists of who took part (the same in every unit, used for nothing else); required by units in production',
  },
  {
    names: ['PIN_KEY'],
    default: '(development: derived)',
    meaning: "derives Internal Audit's follow-up PINs (used for nothing else); required by Internal Audit in production",
  },
  {
    names: ['OUTBOX_INTERVAL_MS'],
    default: '1000',
    meaning: 'how often each unit retries messages its receivers have not confirmed',
  },
  {
    names: ['JWT_SECRET'],
    default: '(`npm start`: generated in `.data/secrets.json`)',
    meaning: 'signs and checks sessions and access tokens; required (24+ characters, not an example value) in production',
  },
  {
    names: ['DATA_DIR'],
    default: '`.data`',
    meaning: "where `npm start` keeps the installation's generated secrets",
  },
  {
    names: ['DEV_SIGN_IN'],
    default: '(off; `npm start` on loopback without a provider: 1)',
    meaning: "`1`: the development sign-in as any role (`/dev/token`, the sign-in page's role picker); loopback only, never in production",
  },
  {
    names: ['OIDC_STAFF_ISSUER', 'OIDC_STAFF_CLIENT_ID', 'OIDC_STAFF_CLIENT_SECRET'],
    default: '(none)',
    meaning:
      "the office's OpenID Connect provider for staff; required when the gateway listens beyond loopback (`OIDC_STAFF_SCOPE`: `openid email profile`)",
  },
  {
    names: ['LINE_LOGIN_CLIENT_ID', 'LINE_LOGIN_CLIENT_SECRET'],
    default: '(none)',
    meaning: "LINE Login for the public (the channel's ID and secret; `LINE_LOGIN_ISSUER`: `https://access.line.me`)",
  },
  {
    names: ['OIDC_PUBLIC_ISSUER', 'OIDC_PUBLIC_CLIENT_ID', 'OIDC_PUBLIC_CLIENT_SECRET'],
    default: '(none)',
    meaning: 'another OpenID Connect provider for the public',
  },
  {
    names: ['PUBLIC_URL'],
    default: "(the request's own origin)",
    meaning:
      "the gateway's address as browsers reach it, e.g. `https://participation.sesao28.go.th`; providers send people back to `<PUBLIC_URL>/auth/callback/<id>`",
  },
  {
    names: ['SESSION_MINUTES'],
    default: '480',
    meaning: 'how long a sign-in lasts',
  },
  {
    names: ['CASE_TEXT_RETENTION_DAYS', 'CONTACT_RETENTION_DAYS', 'MINOR_CONTACT_RETENTION_DAYS'],
    default: '1825 / 730 / 365',
    meaning: 'PDPA retention',
  },
  {
    names: ['RETENTION_SWEEP_MS'],
    default: '86400000',
    meaning: 'how often each process removes data past its retention',
  },
  {
    names: ['MAX_QUERY_DEPTH'],
    default: '15',
    meaning: 'deepest field nesting of one operation (`QUERY_TOO_DEEP`, 400)',
  },
  {
    names: ['MAX_ALIASES'],
    default: '30',
    meaning: 'aliases per operation (`TOO_MANY_ALIASES`, 400)',
  },
  {
    names: ['MAX_TOKENS'],
    default: '5000',
    meaning: 'lexical tokens per query document, checked while parsing (`QUERY_TOO_LARGE`, 400)',
  },
  {
    names: ['MAX_QUERY_COST'],
    default: '20000',
    meaning:
      "graphql-armor's cost estimate per operation; `first`/`last` multiply (`QUERY_TOO_COSTLY`, 400). The README example costs 229, the heaviest test query about 1,100",
  },
  {
    names: ['MAX_DIRECTIVES'],
    default: '50',
    meaning: 'directives per operation (`TOO_MANY_DIRECTIVES`, 400)',
  },
  {
    names: ['BODY_LIMIT_BYTES'],
    default: '3145728',
    meaning:
      "largest `/graphql` body, after decompression (`PAYLOAD_TOO_LARGE`, 413); a notice's largest attachment (2 MiB) is 2.67 MiB as base64, a 5,000-character Thai message about 15 kB",
  },
  {
    names: ['SUBMISSION_RATE_LIMIT'],
    default: '30',
    meaning:
      '`submitFeedback`, `commentOnConsultation` and `respondToSurvey` fields per client per minute (`RATE_LIMITED`, 429 with `Retry-After`)',
  },
  {
    names: ['REQUEST_RATE_LIMIT'],
    default: '600',
    meaning:
      "GraphQL requests of any kind, queries too, per client per minute, counted before the submissions (`REQUEST_RATE_LIMITED`, 429 with `Retry-After`); a page sends a few, so 600 leaves a school's shared address room",
  },
  {
    names: ['TRUST_PROXY'],
    default: '0',
    meaning:
      'proxies in front of the gateway: 0 keys clients by socket address; 1 (or n) by the last (n-th from the right) `X-Forwarded-For` entry',
  },
  {
    names: ['TRUSTED_PROXIES'],
    default: '`127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7`',
    meaning:
      "with `TRUST_PROXY` > 0: the peers (CIDR ranges, comma-separated) whose `X-Forwarded-For` is believed, e.g. the ingress controller's pod range; from any other peer the socket address counts",
  },
  {
    names: ['SMTP_URL'],
    default: '(unset: notices wait, unsent)',
    meaning: "outgoing e-mail, e.g. `smtps://user:password@mail.sesao28.go.th:465` or `smtp://relay:25`; nodemailer's URL form",
  },
  {
    names: ['MAIL_FROM'],
    default: '`สพม.ศรีสะเกษ ยโสธร <no-reply@localhost>`',
    meaning: "the sender of the office's e-mail",
  },
  {
    names: ['NOTIFY_INTERVAL_MS'],
    default: '5000',
    meaning: 'how often the front door sends the notices that are due and looks for reminders to send',
  },
  {
    names: ['LINE_CHANNEL_ACCESS_TOKEN'],
    default: '(unset: no LINE messages)',
    meaning: "the office's LINE official account: a Messaging API channel access token (see docs/operations.md, Notifications)",
  },
  {
    names: ['LINE_API_URL'],
    default: '`https://api.line.me`',
    meaning: "the LINE API's base URL; another one only for a test double",
  },
  {
    names: ['SMS_API_KEY', 'SMS_API_SECRET'],
    default: '(unset: no SMS)',
    meaning: "ThaiBulkSMS API key and secret (its dashboard's developer page)",
  },
  {
    names: ['SMS_API_URL'],
    default: '`https://api-v2.thaibulksms.com/sms`',
    meaning: "ThaiBulkSMS's send address; another one only for a test double",
  },
  {
    names: ['SMS_SENDER'],
    default: '`SMS`',
    meaning: 'the sender name registered with ThaiBulkSMS',
  },
  {
    names: ['LATE_ESCALATION_THRESHOLD'],
    default: '5',
    meaning: 'late open cases in one unit from which the director is e-mailed (once a day per unit)',
  },
  {
    names: ['METRICS_TOKEN'],
    default: '(unset: loopback only)',
    meaning:
      'a bearer token a Prometheus scraper sends for `/metrics` of the gateway and the units; without it `/metrics` answers only this machine',
  },
  {
    names: ['OTEL_EXPORTER_OTLP_ENDPOINT'],
    default: '(unset: tracing off)',
    meaning: 'OpenTelemetry collector (OTLP over HTTP), e.g. `http://otel-collector:4318`; turns tracing on',
  },
  {
    names: ['OTEL_SERVICE_NAME'],
    default: 'sesao28',
    meaning: "prefix of the traces' service names: `<prefix>-gateway`, `<prefix>-<slug>`",
  },
  {
    names: ['WEB_DIR'],
    default: '`gateway/web/dist/app`',
    meaning: 'the built web app the gateway serves at `/`',
  },
  {
    names: ['CHROMIUM_PATH'],
    default: '(the one from `@sparticuz/chromium`)',
    meaning: 'a Chromium or Chrome binary for the browser tests to drive instead',
  },
  {
    names: ['UPDATE_SCREENSHOTS'],
    default: '(off: into `.test-results/screenshots`)',
    meaning: '`1`: the browser tests write their screenshots over `docs/screenshots`',
  },
  {
    names: ['OIDC_STAFF_SCOPE', 'OIDC_PUBLIC_SCOPE', 'LINE_LOGIN_SCOPE'],
    default: '`openid email profile` / `openid email profile` / `openid profile email`',
    meaning: 'the scopes asked of each sign-in provider',
  },
  {
    names: ['LINE_LOGIN_ISSUER'],
    default: '`https://access.line.me`',
    meaning: "LINE Login's issuer (another only for a test issuer)",
  },
  {
    names: ['BENCH_ACTIVITIES', 'BENCH_FEEDBACK', 'BENCH_PARTNERS'],
    default: '10000 / 100000 / 300',
    meaning: '`npm run bench`: activities and cases per unit, and partners in the register',
  },
  {
    names: ['BENCH_SECONDS', 'BENCH_CONNECTIONS', 'BENCH_SEED', 'BENCH_ONLY'],
    default: '10 / 10 / sesao28 / (every shape)',
    meaning: '`npm run bench`: how long and how hard each shape is driven, the data seed, and the shapes to run (e.g. `dashboard,stats`)',
  },
  {
    names: ['VITEST'],
    default: '(set by vitest)',
    meaning: 'runs in test mode, like `NODE_ENV=test`',
  },
];

/** The settings table as Markdown (docs/settings.md). */
export function settingsMarkdown(): string {
  const rows = SETTINGS_DOC.map((s) => `| ${s.names.map((n) => `\`${n}\``).join(' / ')} | ${s.default} | ${s.meaning} |`);
  return [
    '<!-- Generated by `npm run generate` from services/platform/src/settings-doc.ts. Do not edit. -->',
    '# Settings',
    '',
    'Read in one place, `services/platform/src/config.ts`. With an external PostgreSQL: `DATABASE_URL=postgres://… npm start`',
    '(the user needs rights to create roles and schemas: each unit creates its own two). A single unit can run on its own:',
    '`DATABASE_URL=… npx -y pnpm@10.34.9 --filter @sesao28/unit-finance-assets start`.',
    '',
    '| variable | default | meaning |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
