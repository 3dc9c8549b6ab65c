import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Local doubles of the LINE Messaging API and ThaiBulkSMS that check each request exactly as the
 * providers document it and answer as they do, including their failures: a test scripts what the
 * next requests get, and reads what was accepted.
 */

/** What one request gets: taken (the provider's success), an error status, no answer in time, or taken but the answer lost (a 500 after delivery). */
export type Outcome = 'ok' | 400 | 429 | 500 | 'timeout' | 'lost-answer';

export interface ProviderDouble<M> {
  /** Base URL on loopback. */
  url: string;
  /** Messages the provider took, in order (a retry the provider refused as already taken is not here twice). */
  accepted: M[];
  /** Requests that broke the documented contract (wrong header, body or path), with why: a test expects none. */
  violations: string[];
  /** Every request seen. */
  requests: number;
  /** What a request gets, from its number and which try of the same message it is (1 for the first); default 'ok'. */
  plan: (requestNumber: number, attempt: number, messageKey: string) => Outcome;
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function serve<M>(
  handle: (req: IncomingMessage, body: string) => { problem?: string; message?: M; retryKey?: string; messageKey?: string },
  answers: { ok: (message: M) => [number, unknown]; bad: (problem: string) => [number, unknown]; duplicate?: [number, unknown] },
): Promise<ProviderDouble<M>> {
  const takenKeys = new Set<string>();
  const attempts = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  const double: ProviderDouble<M> = {
    url: '',
    accepted: [],
    violations: [],
    requests: 0,
    plan: () => 'ok',
    close: async () => {
      for (const res of hanging) res.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const send = (res: ServerResponse, [status, json]: [number, unknown]) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(json));
  };
  const server = createServer((req, res) => {
    void bodyOf(req).then((body) => {
      double.requests += 1;
      const checked = handle(req, body);
      if (checked.problem) {
        double.violations.push(checked.problem);
        return send(res, answers.bad(checked.problem));
      }
      const key = checked.messageKey ?? checked.retryKey ?? '';
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      const outcome = double.plan(double.requests, attempt, key);
      if (outcome === 'timeout') {
        hanging.add(res);
        return;
      }
      if (typeof outcome === 'number') return send(res, [outcome, { message: `scripted ${outcome}` }]);
      if (checked.retryKey && takenKeys.has(checked.retryKey)) return send(res, answers.duplicate ?? [409, {}]);
      if (checked.retryKey) takenKeys.add(checked.retryKey);
      double.accepted.push(checked.message!);
      return send(res, outcome === 'lost-answer' ? [500, { message: 'scripted: taken, answer lost' }] : answers.ok(checked.message!));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  double.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return double;
}

export interface LinePush {
  to: string;
  text: string;
  retryKey: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The LINE Messaging API's push endpoint (POST /v2/bot/message/push), for the given channel access token. */
export function startLineApi(channelAccessToken: string): Promise<ProviderDouble<LinePush>> {
  return serve<LinePush>(
    (req, body) => {
      if (req.method !== 'POST' || req.url !== '/v2/bot/message/push') return { problem: `${req.method} ${req.url}` };
      if (req.headers.authorization !== `Bearer ${channelAccessToken}`) return { problem: 'Authorization is not the channel access token' };
      if (!req.headers['content-type']?.startsWith('application/json')) return { problem: 'Content-Type is not application/json' };
      const retryKey = req.headers['x-line-retry-key'];
      if (typeof retryKey !== 'string' || !UUID.test(retryKey)) return { problem: 'X-Line-Retry-Key is not a UUID' };
      let parsed: { to?: unknown; messages?: { type?: unknown; text?: unknown }[] };
      try {
        parsed = JSON.parse(body);
      } catch {
        return { problem: 'body is not JSON' };
      }
      if (typeof parsed.to !== 'string' || !/^U[0-9a-f]{32}$/.test(parsed.to))
        return { problem: `to is not a user id: ${String(parsed.to)}` };
      const [first, ...rest] = parsed.messages ?? [];
      if (!first || rest.length > 4) return { problem: 'messages must hold 1 to 5 messages' };
      if (first.type !== 'text' || typeof first.text !== 'string' || first.text.length === 0 || first.text.length > 5000) {
        return { problem: 'a text message needs text of 1 to 5000 characters' };
      }
      return { message: { to: parsed.to, text: first.text, retryKey }, retryKey };
    },
    {
      ok: () => [200, { sentMessages: [{ id: String(Date.now()), quoteToken: 'q' }] }],
      bad: (problem) => [400, { message: 'The request body has 1 error(s)', details: [{ message: problem }] }],
      duplicate: [409, { message: 'The retry key is already accepted', sentMessages: [] }],
    },
  );
}

export interface SmsSent {
  msisdn: string;
  message: string;
  sender: string;
}

/** ThaiBulkSMS API v2 (POST /sms, Basic auth with the API key and secret, a form body); numbers starting 000 are refused as bad. */
export function startThaiBulkSms(apiKey: string, apiSecret: string, sender: string): Promise<ProviderDouble<SmsSent>> {
  const basic = `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString('base64')}`;
  return serve<SmsSent>(
    (req, body) => {
      if (req.method !== 'POST' || req.url !== '/sms') return { problem: `${req.method} ${req.url}` };
      if (req.headers.authorization !== basic) return { problem: 'Authorization is not Basic key:secret' };
      if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') return { problem: 'Content-Type is not a form' };
      const form = new URLSearchParams(body);
      const msisdn = form.get('msisdn') ?? '';
      const message = form.get('message') ?? '';
      if (!/^(0|66)[0-9]{8,9}$/.test(msisdn)) return { problem: `msisdn is not a Thai number: ${msisdn}` };
      if (!message) return { problem: 'message is empty' };
      if (form.get('sender') !== sender) return { problem: `sender is not the registered name: ${form.get('sender')}` };
      return { message: { msisdn, message, sender }, messageKey: `${msisdn}|${message}` };
    },
    {
      ok: (sms) =>
        sms.msisdn.startsWith('000')
          ? [
              201,
              { remaining_credit: 100, phone_number_list: [], bad_phone_number_list: [{ number: sms.msisdn, message: 'Invalid number' }] },
            ]
          : [
              201,
              {
                remaining_credit: 99,
                credit_type: 'standard',
                phone_number_list: [{ number: sms.msisdn, message_id: 'm1', used_credit: 1 }],
                bad_phone_number_list: [],
              },
            ],
      bad: (problem) => [400, { error: { code: 400, name: 'INVALID_PARAMETER', description: problem } }],
    },
  );
}
