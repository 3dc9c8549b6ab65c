import { describeListenError } from '@sesao28/kit';

/** What went wrong while starting, as a person can act on it. */
export function explainStartError(error: unknown): string {
  const detail = error as { code?: string; port?: number; what?: string; message?: string };
  if (detail.port !== undefined && detail.what) return describeListenError(error, detail.what, detail.port);
  return `Could not start the platform: ${detail.message ?? String(error)}`;
}
