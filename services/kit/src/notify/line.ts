import type { Identity, PlatformConfig } from '@sesao28/platform';
import { httpFailure, networkFailure, type Sender } from './delivery.js';

/** LINE's limit on one text message. */
const MAX_TEXT = 5000;

/**
 * LINE Messaging API push (https://developers.line.biz/en/reference/messaging-api/#send-push-message):
 * one text message to a LINE user id (U + 32 hex) who added the office's official account. The
 * notice's id is the X-Line-Retry-Key, so a retry after a lost answer never sends twice: LINE
 * answers 409 to a key it has already accepted, which counts as sent.
 */
export function lineSender(config: Pick<PlatformConfig, 'lineChannelAccessToken' | 'lineApiUrl' | 'subgraphTimeoutMs'>): Sender | null {
  const token = config.lineChannelAccessToken;
  if (!token) return null;
  const url = `${config.lineApiUrl.replace(/\/+$/, '')}/v2/bot/message/push`;
  return {
    async send(d) {
      const text = `${d.subject}\n\n${d.body}`.slice(0, MAX_TEXT);
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'X-Line-Retry-Key': d.id },
          body: JSON.stringify({ to: d.recipient, messages: [{ type: 'text', text }] }),
          signal: AbortSignal.timeout(config.subgraphTimeoutMs * 2),
        });
      } catch (error) {
        throw networkFailure('LINE', error);
      }
      const detail = await response.text().catch(() => '');
      if (response.ok || response.status === 409) return;
      throw httpFailure('LINE', response.status, detail);
    },
  };
}

/** The LINE user id of someone signed in with LINE Login (their subject is the issuer and the user id), else null. */
export function lineUserIdOf(who: Identity, config: Pick<PlatformConfig, 'oidcProviders'>): string | null {
  const line = config.oidcProviders.find((p) => p.id === 'line');
  if (!line || !who.subject?.startsWith(`${line.issuer}|`)) return null;
  const id = who.subject.slice(line.issuer.length + 1);
  return /^U[0-9a-f]{32}$/.test(id) ? id : null;
}
