import type { PlatformConfig } from '@sesao28/kit';
import type { RunningPlatform } from './supervisor.js';

/** What `npm start` prints once everything is up: where to go, and how sign-in works here. */
export function startBanner(config: PlatformConfig, running: RunningPlatform): string[] {
  const base = running.gatewayUrl.replace(/\/graphql$/, '');
  const lines = [
    '',
    'ระบบการมีส่วนร่วม สพม.ศรีสะเกษ ยโสธร พร้อมใช้งาน — SESAO 28 participation platform is up',
    `  Pages              ${base}/  (dashboard: ${base}/dashboard, sign in at ${base}/sign-in)`,
    `  GraphQL API        ${running.gatewayUrl}`,
  ];
  if (config.mode !== 'production') lines.push(`  Query explorer     ${base}/explorer`);
  if (config.devSignIn) {
    lines.push(
      `  Staff token (dev)  ${base}/dev/token?role=UNIT_STAFF&unit=FINANCE  (docs/trust.md: roles)`,
      '',
      "  !! DEVELOPMENT SIGN-IN IS ON (DEV_SIGN_IN=1): anyone who reaches this machine's loopback can",
      '  !! sign in as any role. โหมดทดลอง: เข้าสู่ระบบเป็นบทบาทใดก็ได้ ใช้เพื่อสาธิตบนเครื่องนี้เท่านั้น',
    );
  }
  for (const provider of config.oidcProviders) lines.push(`  Sign-in (${provider.id.padEnd(6)})   ${provider.issuer}`);
  if (!config.devSignIn && config.oidcProviders.length === 0) {
    lines.push('  Sign-in            none configured: only the public pages (README: "Sign-in")');
  }
  lines.push(`  Health             ${base}/healthz`);
  for (const { slug, url } of running.units) lines.push(`  ${slug.padEnd(20)} ${url}`);
  lines.push(
    '',
    'Each part is a process of its own; its lines start with its name, e.g. [financeAssets].',
    'Try:  { units { code nameTh stats { feedbackReceived medianDaysToAnswer } } }',
    'Press Ctrl-C to stop.',
  );
  return lines;
}
