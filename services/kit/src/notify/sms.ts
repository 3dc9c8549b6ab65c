import type { PlatformConfig } from '@sesao28/platform';
import { DeliveryFailure, httpFailure, networkFailure, type Sender } from './delivery.js';

/** A Thai number as ThaiBulkSMS takes it: digits only, +66 written as the leading 0. */
export function thaiMsisdn(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, '');
  return digits.startsWith('+66') ? `0${digits.slice(3)}` : digits.replace(/^\+/, '');
}

/** The numbers ThaiBulkSMS refused, from its answer (an answer that is not its JSON refuses none: the message was taken). */
function badNumbers(answer: string): { message?: string }[] {
  try {
    return (JSON.parse(answer) as { bad_phone_number_list?: { message?: string }[] }).bad_phone_number_list ?? [];
  } catch {
    return [];
  }
}

/** SMS is short: the subject line alone (the case code is in it), at most two Thai SMS parts. */
const MAX_SMS = 140;

/**
 * ThaiBulkSMS API v2 (POST https://api-v2.thaibulksms.com/sms): HTTP Basic with the API key and
 * secret, a form with msisdn, message and sender. A number it lists as bad is a permanent failure.
 * Another provider fits behind the same Sender interface.
 */
export function smsSender(config: Pick<PlatformConfig, 'sms' | 'subgraphTimeoutMs'>): Sender | null {
  const { apiUrl, apiKey, apiSecret, sender } = config.sms;
  if (!apiKey || !apiSecret) return null;
  const authorization = `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString('base64')}`;
  return {
    async send(d) {
      const form = new URLSearchParams({ msisdn: thaiMsisdn(d.recipient), message: d.subject.slice(0, MAX_SMS), sender });
      let response: Response;
      try {
        response = await fetch(apiUrl, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', Authorization: authorization },
          body: form.toString(),
          signal: AbortSignal.timeout(config.subgraphTimeoutMs * 2),
        });
      } catch (error) {
        throw networkFailure('SMS', error);
      }
      const detail = await response.text().catch(() => '');
      if (!response.ok) throw httpFailure('SMS', response.status, detail);
      const bad = badNumbers(detail);
      if (bad.length > 0) throw new DeliveryFailure(`SMS: the number was refused (${bad[0]?.message ?? 'bad number'})`, true);
    },
  };
}
