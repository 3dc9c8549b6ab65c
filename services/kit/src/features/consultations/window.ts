import { PlatformError } from '../../errors.js';

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "2026-03-15 09:00", Bangkok time: how error messages name a moment. */
export function bangkokMinute(moment: Date | string): string {
  return new Date(new Date(moment).getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** Message parameters of a window, for CONSULTATION_NOT_OPEN and SURVEY_NOT_OPEN. */
export function windowParams(window: { opensAt: Date | string; closesAt: Date | string }) {
  return { from: bangkokMinute(window.opensAt), until: bangkokMinute(window.closesAt) };
}

/** An open/close window as given: both moments, closing strictly after opening. */
export function openWindow(opensAt: Date | string, closesAt: Date | string): { opensAt: Date; closesAt: Date } {
  const window = { opensAt: new Date(opensAt), closesAt: new Date(closesAt) };
  if (!(window.closesAt.getTime() > window.opensAt.getTime())) throw new PlatformError('INVALID_OPEN_WINDOW', {}, 'closesAt');
  return window;
}
