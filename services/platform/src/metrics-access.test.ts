import { describe, expect, it } from 'vitest';
import { metricsAllowed } from './metrics-access.js';

describe('/metrics is public: who may read it', () => {
  it('answers only this machine without a token', () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1'])
      expect(metricsAllowed(address, undefined, undefined), address).toBe(true);
    for (const address of ['10.0.0.7', '::ffff:192.168.1.5', '2001:db8::1', undefined]) {
      expect(metricsAllowed(address, undefined, undefined), String(address)).toBe(false);
    }
  });

  it('answers a scraper with METRICS_TOKEN, from anywhere, and nobody without it', () => {
    const token = 'a-scrape-token-of-the-office';
    expect(metricsAllowed('10.0.0.7', `Bearer ${token}`, token)).toBe(true);
    expect(metricsAllowed('127.0.0.1', undefined, token)).toBe(false);
    expect(metricsAllowed('10.0.0.7', 'Bearer wrong', token)).toBe(false);
    expect(metricsAllowed('10.0.0.7', `Bearer ${token}x`, token)).toBe(false);
  });
});
