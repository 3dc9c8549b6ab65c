import { describe, expect, it } from 'vitest';
import { staffMessage, submitterNotices } from '../src/intake/notifications.js';

const facts = { caseId: '00000000-0000-4000-8000-000000000001', caseCode: 'SSK-AAAA-BBBB-CCCC', unitCode: 'FINANCE' };

describe('who a case step is told to, and how', () => {
  it('makes one notice per chosen channel that has an address, each with its own key', () => {
    const notices = submitterNotices(
      'ANSWERED',
      { ...facts, answer: 'คืนเงินแล้ว' },
      {
        channels: ['EMAIL', 'SMS', 'LINE'],
        email: 'parent@mail.example',
        phone: null,
        lineUserId: 'U0123456789abcdef0123456789abcdef',
      },
    );
    expect(notices.map((n) => [n.channel, n.recipient, n.dedupeKey])).toEqual([
      ['EMAIL', 'parent@mail.example', `case:${facts.caseId}:ANSWERED:EMAIL`],
      ['LINE', 'U0123456789abcdef0123456789abcdef', `case:${facts.caseId}:ANSWERED:LINE`],
    ]);
    expect(notices[0]!.body).toContain('คืนเงินแล้ว');
    expect(notices[0]!.subject).toBe('หน่วยงานตอบเรื่อง SSK-AAAA-BBBB-CCCC แล้ว / Your case SSK-AAAA-BBBB-CCCC has been answered');
  });

  it('tells nobody of an anonymous case, and tells a move once for each unit it reaches', () => {
    expect(submitterNotices('RECEIVED', facts, null)).toEqual([]);
    const reach = { channels: ['EMAIL'] as const, email: 'a@mail.example', phone: null, lineUserId: null };
    const toPersonnel = submitterNotices('TRANSFERRED', { ...facts, unitCode: 'PERSONNEL' }, reach);
    const toAudit = submitterNotices('TRANSFERRED', { ...facts, unitCode: 'AUDIT' }, reach);
    expect(toPersonnel[0]!.dedupeKey).not.toBe(toAudit[0]!.dedupeKey);
    expect(toPersonnel[0]!.subject).toContain('กลุ่มบริหารงานบุคคล');
  });

  it('links the follow page when the office has a public address, and says how to stop the messages', () => {
    const [notice] = submitterNotices(
      'RECEIVED',
      facts,
      { channels: ['EMAIL'], email: 'a@mail.example', phone: null, lineUserId: null },
      'https://sesao28.example',
    );
    expect(notice!.body).toContain('https://sesao28.example/follow?code=SSK-AAAA-BBBB-CCCC');
    expect(notice!.body).toMatch(/To stop these messages/);
  });

  it('gives staff the code, the unit and the due date in Bangkok, Thai then English', () => {
    const m = staffMessage('DUE_SOON', { ...facts, dueAnswerAt: new Date('2026-12-09T16:59:59.999Z') });
    expect(m.subject).toBe(
      'เรื่อง SSK-AAAA-BBBB-CCCC ครบกำหนดตอบในอีก 2 วันทำการ (9 ธันวาคม 2569) / Case SSK-AAAA-BBBB-CCCC is due in two working days (9 December 2026)',
    );
  });
});
