import { loadConfig, npmStartSettings } from '@sesao28/kit';
import { signInRefusal } from '@sesao28/gateway';
import { startBanner } from './banner.js';
import { explainStartError } from './start-error.js';
import { createSupervisor } from './supervisor.js';

/** `npm start`: the database, nine subgraphs and the gateway as processes of their own, sample data; Ctrl-C stops it all. */
// This installation's own secrets (generated into .data/ on first start) unless the settings give them,
// and the demo's sign-in as any role on loopback unless a provider (or DEV_SIGN_IN=0) is set.
const env = npmStartSettings();
const config = loadConfig(env);

// Before anything starts: a gateway beyond loopback needs a real sign-in (and never the development one).
const refusal = signInRefusal(config, config.gatewayHost);
if (refusal) {
  console.error(`Could not start the platform: ${refusal}`);
  process.exit(2);
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const supervisor = createSupervisor({ config, env });
let stopping = false;
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping … กำลังปิดระบบ');
  await supervisor.stop().catch(() => {});
  process.exit(code);
}
// The supervisor stops the gateway, then the units, then the database (openDatabase's stopsItself).
// `on`, not `once`: a Ctrl-C arrives twice (from the terminal and relayed by tsx's wrapper), and the
// second must not end this process by default before the database has stopped.
for (const signal of STOP_SIGNALS) process.on(signal, () => void shutdown(0));

try {
  for (const line of startBanner(config, await supervisor.start())) console.log(line);
} catch (error) {
  if (!stopping) console.error(explainStartError(error));
  await shutdown(1);
}
