/**
 * What went wrong, as the API says it: a stable code and the message in both languages
 * (extensions.code, messageTh, messageEn), the field it concerns, and for UNIT_UNAVAILABLE the unit.
 */
export interface Problem {
  code: string;
  messageTh: string;
  messageEn: string;
  /** The input field the API names (e.g. "contact.email"). */
  field?: string;
  /** The unit's root field (slug) for UNIT_UNAVAILABLE. */
  unitSlug?: string;
  /** Where in the answer it happened (the first element is the root field). */
  path?: readonly (string | number)[];
}

interface RawError {
  message?: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The API's errors as problems; an error without the platform's fields still gets a code and a message. */
export function problemsOf(errors: readonly RawError[] | undefined): Problem[] {
  return (errors ?? []).map((error) => {
    const ext = error.extensions ?? {};
    const message = error.message ?? 'Unknown error';
    return {
      code: text(ext.code) ?? 'INTERNAL',
      messageTh: text(ext.messageTh) ?? message,
      messageEn: text(ext.messageEn) ?? message,
      field: text(ext.field),
      unitSlug: text(ext.unit) ?? (ext.code === 'UNIT_UNAVAILABLE' ? text(error.path?.[0]) : undefined),
      path: error.path,
    };
  });
}

/** The browser could not reach the API or did not get JSON back. */
export const networkProblem = (detail: string): Problem => ({ code: 'NETWORK', messageTh: detail, messageEn: detail });
