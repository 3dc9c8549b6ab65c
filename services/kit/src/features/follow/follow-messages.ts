import type { UnitManifest } from '../../unit-manifest.js';

export type FollowKind = 'CONSULTATION' | 'DRAFT' | 'VOTE';
export type FollowEvent = 'OPENED' | 'CLOSED' | 'PUBLISHED';

/** Where each kind lives, which moment makes each event, and its page. */
export const FOLLOWED: Record<FollowKind, { table: string; events: Partial<Record<FollowEvent, string>>; path: string }> = {
  CONSULTATION: {
    table: 'consultation',
    events: { OPENED: 'opens_at', CLOSED: 'closes_at', PUBLISHED: 'summary_published_at' },
    path: 'consultations',
  },
  DRAFT: { table: 'draft', events: { OPENED: 'opens_at', CLOSED: 'closes_at', PUBLISHED: 'decided_at' }, path: 'drafts' },
  // A vote's result is published the moment it closes.
  VOTE: { table: 'vote', events: { OPENED: 'opens_at', CLOSED: 'closes_at' }, path: 'votes' },
};

const WHAT: Record<FollowKind, [string, string]> = {
  CONSULTATION: ['การรับฟังความคิดเห็น', 'consultation'],
  DRAFT: ['ร่างที่เปิดให้เสนอแนะ', 'draft'],
  VOTE: ['การลงมติ', 'vote'],
};

const HAPPENED: Record<FollowKind, Record<FollowEvent, [string, string]>> = {
  CONSULTATION: {
    OPENED: ['เปิดรับความคิดเห็นแล้ว', 'is open for comments'],
    CLOSED: ['ปิดรับความคิดเห็นแล้ว', 'has closed'],
    PUBLISHED: ['เผยแพร่สรุปผลแล้ว (ท่านพูด เราทำ)', 'has published what the unit heard'],
  },
  DRAFT: {
    OPENED: ['เปิดรับข้อเสนอแนะแล้ว', 'is open for suggestions'],
    CLOSED: ['ปิดรับข้อเสนอแนะแล้ว', 'has closed'],
    PUBLISHED: ['มีข้อตัดสินใจร่วมแล้ว', 'has its joint decision'],
  },
  VOTE: {
    OPENED: ['เปิดลงมติแล้ว', 'is open'],
    CLOSED: ['ปิดแล้ว ดูผลการลงมติได้', 'has closed: its result is out'],
    PUBLISHED: ['เผยแพร่ผลแล้ว', 'has published its result'],
  },
};

/** A follower's message, Thai first with the English after, with the page and the link that stops it. */
export function followMessage(
  kind: FollowKind,
  event: FollowEvent,
  target: { id: string; titleTh: string; titleEn: string | null },
  unit: UnitManifest,
  links: { publicUrl?: string; stop: string },
): { subject: string; body: string } {
  const [whatTh, whatEn] = WHAT[kind];
  const [th, en] = HAPPENED[kind][event];
  const page = links.publicUrl ? `\n\n${links.publicUrl}/units/${unit.code}/${FOLLOWED[kind].path}/${target.id}` : '';
  const stop = links.publicUrl
    ? `${links.publicUrl}/units/${unit.code}/stop-following?token=${encodeURIComponent(links.stop)}`
    : links.stop;
  return {
    subject: `${whatTh} "${target.titleTh}" ${th} / The ${whatEn} "${target.titleEn ?? target.titleTh}" ${en}`,
    body:
      `${unit.nameTh}: ${whatTh} "${target.titleTh}" ${th}${page}\n\n` +
      `${unit.nameEn}: the ${whatEn} "${target.titleEn ?? target.titleTh}" ${en}.\n\n` +
      `เลิกติดตาม / Stop following: ${stop}`,
  };
}
