/** The ways the office reaches a person. */
export const NOTIFY_CHANNELS = ['EMAIL', 'LINE', 'SMS'] as const;
export type NotifyChannel = (typeof NOTIFY_CHANNELS)[number];

/** One message on its way: the notice's id doubles as the provider's retry key where it has one. */
export interface Delivery {
  id: string;
  recipient: string;
  subject: string;
  body: string;
}

/** One channel's sender: resolves once the provider has taken the message, throws otherwise. */
export interface Sender {
  send(delivery: Delivery): Promise<void>;
}

/**
 * A provider's refusal. Permanent ones (a number or user the provider rejects) are not tried
 * again; the rest (429, 5xx, a timeout, a refused connection) are, with backoff.
 */
export class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'DeliveryFailure';
  }
}

/** An HTTP provider's answer as a failure: 400-class refusals of this message are permanent, 408/429 and 5xx are not. */
export function httpFailure(provider: string, status: number, detail: string): DeliveryFailure {
  const permanent = status >= 400 && status < 500 && ![401, 403, 408, 429].includes(status);
  return new DeliveryFailure(`${provider} answered ${status}: ${detail.slice(0, 200)}`, permanent);
}

/** A network failure or a timeout: the provider may be back on the next try. */
export function networkFailure(provider: string, error: unknown): DeliveryFailure {
  const reason = error instanceof Error && error.name === 'TimeoutError' ? 'no answer in time' : String(error);
  return new DeliveryFailure(`${provider}: ${reason}`.slice(0, 300), false);
}
