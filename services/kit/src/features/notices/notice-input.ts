import { LIMITS, optionalText, requireText } from '../../text.js';

export const NOTICE_KINDS = ['ANNOUNCEMENT', 'NEWS', 'DOCUMENT'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface NoticeText {
  kind: NoticeKind;
  titleTh: string;
  titleEn: string | null;
  bodyTh: string;
  bodyEn: string | null;
}

/** Checks what staff typed for a notice; nothing is written when any part is wrong. */
export function noticeText(input: {
  kind: NoticeKind;
  titleTh: string;
  titleEn?: string | null;
  bodyTh: string;
  bodyEn?: string | null;
}): NoticeText {
  return {
    kind: input.kind,
    titleTh: requireText(input.titleTh, 'titleTh', LIMITS.title),
    titleEn: optionalText(input.titleEn, 'titleEn', LIMITS.title),
    bodyTh: requireText(input.bodyTh, 'bodyTh', LIMITS.document),
    bodyEn: optionalText(input.bodyEn, 'bodyEn', LIMITS.document),
  };
}
