import { loadConfig, npmStartSettings, setupTelemetryFromConfig, type Telemetry } from '@sesao28/kit';
import { signInRefusal } from '@sesao28/gateway';
import { supergraphFile } from '@sesao28/schema';
import { openDatabase } from './postgres.js';
import { seedParticipation } from './seed-participation.js';
import { seedNotices } from './seed-notices.js';
import { seedSpectrum } from './seed-spectrum.js';
import { seedUnit } from './seed.js';
import { startStack, type Stack } from './stack.js';
import { explainStartError } from './start-error.js';

/** `npm start`: database, nine subgraphs, gateway, sample data; Ctrl-C stops it all. */
// This installation's own secrets (generated into .data/ on first start) unless the settings give them,
// and the demo's sign-in as any role on loopback unless a provider (or DEV_SIGN_IN=0) is set.
const config = loadConfig(npmStartSettings());
const log = (message: string) => console.log(message);

let database: Awaited<ReturnType<typeof openDatabase>> | undefined;
let stack: Stack | undefined;
let telemetry: Telemetry | null = null;
let stopping = false;

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  log('\nStopping … กำลังปิดระบบ');
  await stack?.stop().catch(() => {});
  await database?.stop().catch(() => {});
  await telemetry?.shutdown().catch(() => {});
  process.exit(code);
}
process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));

// Before anything starts: a gateway beyond loopback needs a real sign-in (and never the development one).
const refusal = signInRefusal(config, config.gatewayHost);
if (refusal) {
  console.error(`Could not start the platform: ${refusal}`);
  process.exit(2);
}

try {
  // All parts share this process: one service name; spans say which part (sesao28.component).
  telemetry = await setupTelemetryFromConfig(config, 'platform');
  database = await openDatabase(config, log);
  log('Starting nine unit subgraphs (running their migrations) and the gateway …');
  // The gateway watches its supergraph file: `npm run generate` goes live without a restart.
  stack = await startStack({
    config,
    databaseUrl: database.url,
    ports: 'manifest',
    supergraphFile: config.supergraphFile ?? supergraphFile,
  });
  for (const running of stack.units.values()) {
    await seedUnit(running.unit, running.server.db.dataSource);
    await seedParticipation(running.url, config, running.unit);
    await seedNotices(running.url, config, running.unit);
    await seedSpectrum(running.url, config, running.unit);
  }
  const base = stack.gatewayUrl.replace(/\/graphql$/, '');
  log('');
  log('ระบบการมีส่วนร่วม สพม.ศรีสะเกษ ยโสธร พร้อมใช้งาน — SESAO 28 participation platform is up');
  log(`  Pages              ${base}/  (dashboard: ${base}/dashboard, sign in at ${base}/sign-in)`);
  log(`  GraphQL API        ${stack.gatewayUrl}`);
  if (config.mode !== 'production') log(`  Query explorer     ${base}/explorer`);
  if (config.devSignIn) {
    log(`  Staff token (dev)  ${base}/dev/token?role=UNIT_STAFF&unit=FINANCE  (docs/trust.md: roles)`);
    log('');
    log("  !! DEVELOPMENT SIGN-IN IS ON (DEV_SIGN_IN=1): anyone who reaches this machine's loopback can");
    log('  !! sign in as any role. โหมดทดลอง: เข้าสู่ระบบเป็นบทบาทใดก็ได้ ใช้เพื่อสาธิตบนเครื่องนี้เท่านั้น');
  }
  for (const provider of config.oidcProviders) log(`  Sign-in (${provider.id.padEnd(6)})   ${provider.issuer}`);
  if (!config.devSignIn && config.oidcProviders.length === 0) {
    log('  Sign-in            none configured: only the public pages (README: "Sign-in")');
  }
  log(`  Health             ${base}/healthz`);
  for (const [slug, running] of stack.units) log(`  ${slug.padEnd(20)} ${running.url}`);
  log('');
  log('Try:  { units { code nameTh stats { feedbackReceived medianDaysToAnswer } } }');
  log('Press Ctrl-C to stop.');
} catch (error) {
  console.error(explainStartError(error));
  await shutdown(1);
}
