import { directoryEntry, type Notice, type NotificationRow, type NotifyChannel } from '@sesao28/kit';

/** A notice as staff see it (the GraphQL CaseNotice). */
export type CaseNoticeRow = NotificationRow;
/** A dead letter with its case's code. */
export interface UndeliveredNoticeRow {
  caseCode: string;
  notice: CaseNoticeRow;
}

/** What a submitter is told about their case. */
export type SubmitterKind = 'RECEIVED' | 'ACKNOWLEDGED' | 'TRANSFERRED' | 'ANSWERED' | 'CLOSED' | 'REJECTED';
/** What a unit's staff, its head and the director are told. */
export type StaffKind = 'ARRIVED' | 'DUE_SOON' | 'LATE' | 'LATE_DIGEST';

/** Where a submitter asked to be told: each channel they chose, with its address. */
export interface Reach {
  channels: readonly NotifyChannel[];
  email: string | null;
  phone: string | null;
  lineUserId: string | null;
}

export interface CaseFacts {
  caseId: string;
  caseCode: string;
  unitCode: string;
  answer?: string | null;
  reason?: string | null;
  dueAnswerAt?: Date | null;
}

const OFFICE_TH = 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา ศรีสะเกษ ยโสธร';
const unitTh = (code: string) => directoryEntry(code)?.nameTh ?? code;
const unitEn = (code: string) => directoryEntry(code)?.nameEn ?? code;
const thaiDate = (d: Date) =>
  d.toLocaleDateString('th-TH-u-ca-buddhist', { timeZone: 'Asia/Bangkok', day: 'numeric', month: 'long', year: 'numeric' });
const englishDate = (d: Date) =>
  d.toLocaleDateString('en-GB', { timeZone: 'Asia/Bangkok', day: 'numeric', month: 'long', year: 'numeric' });

/** Every message says how to stop it (PDPA: the person stays in control of their contact details). */
const STOP =
  '\n\nไม่ต้องการรับการแจ้งเตือนทางช่องทางนี้: หน้า "ข้อมูลของฉัน" ด้วยรหัสติดตามเรื่องและรหัสลับในใบรับเรื่อง\n' +
  'To stop these messages on this channel: the "My data" page with the case code and the privacy key from your receipt.';

/** A submitter's message, Thai first with the English after it (plain text, nothing personal but the case's). */
export function submitterMessage(kind: SubmitterKind, c: CaseFacts, publicUrl?: string): { subject: string; body: string } {
  const code = c.caseCode;
  const follow = publicUrl ? `\n\nติดตามเรื่อง / Follow your case: ${publicUrl}/follow?code=${encodeURIComponent(code)}` : '';
  const texts: Record<SubmitterKind, [string, string, string, string]> = {
    RECEIVED: [
      `ได้รับเรื่องของท่านแล้ว (${code})`,
      `We have received your case (${code})`,
      `${OFFICE_TH} ได้รับเรื่องของท่านแล้ว รหัสติดตามเรื่อง ${code} ผู้รับผิดชอบ: ${unitTh(c.unitCode)} ท่านจะได้รับแจ้งเมื่อเรื่องมีความคืบหน้า`,
      `We have received your case, tracking code ${code}, for ${unitEn(c.unitCode)}. We will tell you as it moves on.`,
    ],
    ACKNOWLEDGED: [
      `หน่วยงานรับเรื่อง ${code} ไว้พิจารณาแล้ว`,
      `Your case ${code} is being looked at`,
      `${unitTh(c.unitCode)} รับเรื่อง ${code} ของท่านไว้พิจารณาแล้ว`,
      `${unitEn(c.unitCode)} has taken up your case ${code}.`,
    ],
    TRANSFERRED: [
      `เรื่อง ${code} ส่งต่อไปยัง ${unitTh(c.unitCode)}`,
      `Your case ${code} has moved to ${unitEn(c.unitCode)}`,
      `เรื่อง ${code} ของท่านส่งต่อไปยัง ${unitTh(c.unitCode)} ซึ่งเป็นผู้รับผิดชอบ กำหนดตอบยังนับจากวันที่ท่านแจ้งเรื่อง`,
      `Your case ${code} has moved to ${unitEn(c.unitCode)}, which is responsible for it; the answer is still due from the day you wrote.`,
    ],
    ANSWERED: [
      `หน่วยงานตอบเรื่อง ${code} แล้ว`,
      `Your case ${code} has been answered`,
      `${unitTh(c.unitCode)} ตอบเรื่อง ${code} ของท่านแล้ว:\n\n${c.answer ?? ''}`,
      `${unitEn(c.unitCode)} has answered your case ${code} (the answer is above).`,
    ],
    CLOSED: [
      `เรื่อง ${code} ปิดแล้ว`,
      `Your case ${code} is closed`,
      `เรื่อง ${code} ของท่านปิดแล้ว ขอบคุณที่แจ้งเรื่อง`,
      `Your case ${code} is closed. Thank you for writing.`,
    ],
    REJECTED: [
      `เรื่อง ${code} ไม่รับพิจารณา`,
      `Your case ${code} was not taken up`,
      `${unitTh(c.unitCode)} ไม่รับพิจารณาเรื่อง ${code} เหตุผล: ${c.reason ?? '-'}`,
      `${unitEn(c.unitCode)} did not take up your case ${code} (the reason is above).`,
    ],
  };
  const [subjectTh, subjectEn, bodyTh, bodyEn] = texts[kind];
  return { subject: `${subjectTh} / ${subjectEn}`, body: `เรียน ผู้แจ้งเรื่อง\n\n${bodyTh}${follow}\n\n${bodyEn}${STOP}` };
}

/** The notices of one step of a case, one per channel the submitter chose (a transfer: once per unit it reaches). */
export function submitterNotices(kind: SubmitterKind, c: CaseFacts, reach: Reach | null, publicUrl?: string): Notice[] {
  if (!reach) return [];
  const message = submitterMessage(kind, c, publicUrl);
  const step = kind === 'TRANSFERRED' ? `${kind}:${c.unitCode}` : kind;
  const address: Record<NotifyChannel, string | null> = { EMAIL: reach.email, SMS: reach.phone, LINE: reach.lineUserId };
  return reach.channels.flatMap((channel) => {
    const recipient = address[channel];
    if (!recipient) return [];
    return [
      { dedupeKey: `case:${c.caseId}:${step}:${channel}`, caseId: c.caseId, kind, audience: 'SUBMITTER', channel, recipient, ...message },
    ];
  });
}

/** A staff message (e-mail): the case's code and unit, never the submitter's details. */
export function staffMessage(
  kind: StaffKind,
  c: CaseFacts & { lateCount?: number },
  links: { publicUrl?: string; stop?: string } = {},
): { subject: string; body: string } {
  const { publicUrl } = links;
  const desk = publicUrl ? `\n\n${publicUrl}/desk` : '';
  const stopLink = links.stop && (publicUrl ? `${publicUrl}/notices/stop?token=${encodeURIComponent(links.stop)}` : links.stop);
  const stop = stopLink ? `\n\nไม่ต้องการรับอีเมลเตือน / Stop these reminders: ${stopLink}` : '';
  const dueTh = c.dueAnswerAt ? ` (${thaiDate(c.dueAnswerAt)})` : '';
  const dueEn = c.dueAnswerAt ? ` (${englishDate(c.dueAnswerAt)})` : '';
  const texts: Record<StaffKind, [string, string]> = {
    ARRIVED: [`เรื่องใหม่ ${c.caseCode} ถึง ${unitTh(c.unitCode)}`, `New case ${c.caseCode} for ${unitEn(c.unitCode)}`],
    DUE_SOON: [`เรื่อง ${c.caseCode} ครบกำหนดตอบในอีก 2 วันทำการ${dueTh}`, `Case ${c.caseCode} is due in two working days${dueEn}`],
    LATE: [`เรื่อง ${c.caseCode} เกินกำหนดตอบแล้ว${dueTh}`, `Case ${c.caseCode} is late${dueEn}`],
    LATE_DIGEST: [
      `${unitTh(c.unitCode)} มีเรื่องเกินกำหนดตอบ ${c.lateCount ?? 0} เรื่อง`,
      `${unitEn(c.unitCode)} has ${c.lateCount ?? 0} late cases`,
    ],
  };
  const [th, en] = texts[kind];
  return { subject: `${th} / ${en}`, body: `${th}${desk}\n\n${en}${stop}` };
}
