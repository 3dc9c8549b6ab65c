import { randomUUID } from 'node:crypto';
import type { GraphQLResponse } from '@sesao28/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

/**
 * Moderation, the same in every unit (the kit's): anyone reports a public contribution, the
 * unit's staff see it in their queue, hide it with a reason everyone then sees in its place,
 * restore it, and, when the unit holds anonymous contributions, approve them before anyone
 * sees them. Every act is in the unit's audit log; staff of another unit may do none of it.
 */

type Row = Record<string, any>;

const SLUG = 'policyPlanning';
const CODE = 'POLICY';
const HOUR = 60 * 60 * 1000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

const ITEM = `kind id status text authorName contextTh contextId contributedAt openReports reportsTotal
  reasons { reason count } reportNotes hiddenReason decidedAt decidedBy updatedAt`;
const COMMENT = 'id body authorName moderation hiddenReason';
const SUGGESTION = 'id body authorName organisation moderation hiddenReason';

const REPORT = `mutation ($kind: ContributionKind!, $id: ID!, $reason: ReportReason!, $note: String, $key: String!) {
  ${SLUG} { reportContribution(kind: $kind, id: $id, reason: $reason, note: $note, idempotencyKey: $key) { id kind contributionId reason reportedAt } } }`;
const QUEUE = (slug = SLUG) =>
  `query ($status: ModerationStatus) { ${slug} { moderationQueue(first: 50, status: $status) { nodes { ${ITEM} } pageInfo { hasNextPage } } } }`;
const HIDE = (slug = SLUG) =>
  `mutation ($kind: ContributionKind!, $id: ID!, $reason: String!) { ${slug} { hideContribution(kind: $kind, id: $id, reason: $reason) { ${ITEM} } } }`;
const RESTORE = `mutation ($kind: ContributionKind!, $id: ID!) { ${SLUG} { restoreContribution(kind: $kind, id: $id) { ${ITEM} } } }`;
const APPROVE = `mutation ($kind: ContributionKind!, $id: ID!) { ${SLUG} { approveContribution(kind: $kind, id: $id) { ${ITEM} } } }`;
const HOLD = `mutation ($hold: Boolean!) { ${SLUG} { setHoldContributions(hold: $hold) } }`;
const CONSULTATION = `query ($id: ID!) { ${SLUG} { holdsContributions consultation(id: $id) { commentCount comments(first: 50) { nodes { ${COMMENT} } } } } }`;
const DRAFT = `query ($id: ID!) { ${SLUG} { draft(id: $id) { suggestionCount suggestions(first: 50) { nodes { ${SUGGESTION} } } } } }`;

const ABUSIVE_TEXT = 'ข้อความหยาบคายที่ไม่ควรเผยแพร่ ติดต่อ 081-234-5678';
const HIDE_REASON = 'มีถ้อยคำหยาบคายและเบอร์โทรศัพท์ส่วนบุคคล';

describe('moderation: report, queue, hide, restore, hold for approval, audit', () => {
  let t: TestStack;
  let consultationId: string;
  let draftId: string;
  let commentId: string;

  const data = (res: GraphQLResponse<Row>) => {
    expect(res.errors).toBeUndefined();
    return res.data![SLUG];
  };
  const codeOf = (res: GraphQLResponse<Row>) => res.errors?.[0]?.extensions?.code;
  const report = (id: string, key: string, reason = 'ABUSIVE', note: string | null = null, kind = 'CONSULTATION_COMMENT') =>
    t.query(REPORT, { kind, id, reason, note, key });
  const publicComments = async () => data(await t.query(CONSULTATION, { id: consultationId }));
  const queue = async (status: string | null = null) =>
    data(await t.as('UNIT_STAFF', CODE)(QUEUE(), { status })).moderationQueue.nodes as Row[];
  const comment = async (body: string, name: string | null = null) =>
    data(
      await t.query(
        `mutation ($c: ID!, $b: String!, $n: String, $k: String!) { ${SLUG} { commentOnConsultation(consultationId: $c, body: $b, authorName: $n, idempotencyKey: $k) { ${COMMENT} } } }`,
        { c: consultationId, b: body, n: name, k: randomUUID() },
      ),
    ).commentOnConsultation;

  beforeAll(async () => {
    t = await startTestStack({ SUBMISSION_RATE_LIMIT: '1000' });
    const consultation = await t.staff(`mutation ($input: ConsultationInput!) { ${SLUG} { openConsultation(input: $input) { id } } }`, {
      input: { titleTh: 'รับฟังความคิดเห็นร่างแผนพัฒนาการศึกษา', kind: 'ONLINE_COMMENTS', opensAt: at(-HOUR), closesAt: at(HOUR) },
    });
    consultationId = data(consultation).openConsultation.id;
    const draft = await t.staff(`mutation ($input: DraftInput!) { ${SLUG} { openDraft(input: $input) { id } } }`, {
      input: { kind: 'PLAN', titleTh: 'ร่างแผนปฏิบัติการประจำปี', bodyTh: 'ยุทธศาสตร์ที่ ๑', opensAt: at(-HOUR), closesAt: at(HOUR) },
    });
    draftId = data(draft).openDraft.id;
    commentId = (await comment(ABUSIVE_TEXT, 'ผู้ไม่ประสงค์ดี')).id;
    await comment('เห็นด้วยกับร่างแผน ควรเพิ่มกิจกรรมส่งเสริมการอ่าน');
  }, 120_000);
  afterAll(async () => t?.close());

  it('takes reports from anyone, once per reporter, and lists the reported contribution for the unit', async () => {
    const anonymousKey = randomUUID();
    const first = data(await report(commentId, anonymousKey, 'ABUSIVE', 'ใช้คำหยาบ')).reportContribution;
    expect(first).toMatchObject({ kind: 'CONSULTATION_COMMENT', contributionId: commentId, reason: 'ABUSIVE' });
    // The same client again (its page keeps the key): the first report back, nothing piles up.
    const again = data(await report(commentId, anonymousKey, 'SPAM')).reportContribution;
    expect(again).toEqual(first);
    // A signed-in person counts once whatever key the page sends.
    const parent = t.as('STAKEHOLDER', undefined, { subject: 'parent-moderation' });
    const signedIn = [randomUUID(), randomUUID()].map((key) =>
      parent(REPORT, { kind: 'CONSULTATION_COMMENT', id: commentId, reason: 'PERSONAL_DATA', note: null, key }),
    );
    const [a, b] = (await Promise.all(signedIn)).map((res) => data(res).reportContribution.id);
    expect(a).toBe(b);
    // OTHER says what; unknown and held contributions cannot be reported.
    expect(codeOf(await report(commentId, randomUUID(), 'OTHER'))).toBe('REPORT_NOTE_REQUIRED');
    expect(codeOf(await report(randomUUID(), randomUUID()))).toBe('CONTRIBUTION_NOT_FOUND');
    expect(codeOf(await report('not-a-uuid', randomUUID()))).toBe('CONTRIBUTION_NOT_FOUND');

    const [item, ...others] = await queue();
    expect(others).toEqual([]);
    expect(item).toMatchObject({
      kind: 'CONSULTATION_COMMENT',
      id: commentId,
      status: 'VISIBLE',
      text: ABUSIVE_TEXT,
      authorName: 'ผู้ไม่ประสงค์ดี',
      contextTh: 'รับฟังความคิดเห็นร่างแผนพัฒนาการศึกษา',
      contextId: consultationId,
      openReports: 2,
      reportsTotal: 2,
      reportNotes: ['ใช้คำหยาบ'],
      hiddenReason: null,
    });
    expect(item!.reasons).toEqual(
      expect.arrayContaining([
        { reason: 'ABUSIVE', count: 1 },
        { reason: 'PERSONAL_DATA', count: 1 },
      ]),
    );
  });

  it('refuses the queue and every decision to the public and to staff of another unit', async () => {
    expect(codeOf(await t.query(QUEUE(), {}))).toBe('UNAUTHENTICATED');
    const finance = t.as('UNIT_HEAD', 'FINANCE', { confidential: true });
    expect(codeOf(await finance(QUEUE(), {}))).toBe('FORBIDDEN');
    expect(codeOf(await finance(HIDE(), { kind: 'CONSULTATION_COMMENT', id: commentId, reason: 'ไม่ใช่หน่วยงานของท่าน' }))).toBe('FORBIDDEN');
    expect(codeOf(await finance(HOLD, { hold: true }))).toBe('FORBIDDEN');
    expect(codeOf(await t.query(HIDE(), { kind: 'CONSULTATION_COMMENT', id: commentId, reason: 'x' }))).toBe('UNAUTHENTICATED');
    // Their own unit's queue is theirs: Finance has nothing reported.
    expect((await finance(QUEUE('financeAssets'), {})).data!.financeAssets.moderationQueue.nodes).toEqual([]);
    // Nothing changed.
    expect((await publicComments()).consultation.comments.nodes.find((c: Row) => c.id === commentId).body).toBe(ABUSIVE_TEXT);
  });

  it('hides with a reason everyone sees instead of the text, and restores', async () => {
    const staff = t.as('UNIT_STAFF', CODE, { subject: 'staff-moderator' });
    expect(codeOf(await staff(HIDE(), { kind: 'CONSULTATION_COMMENT', id: commentId, reason: '   ' }))).toBe('TEXT_REQUIRED');
    const hidden = data(await staff(HIDE(), { kind: 'CONSULTATION_COMMENT', id: commentId, reason: HIDE_REASON })).hideContribution;
    expect(hidden).toMatchObject({
      status: 'HIDDEN',
      hiddenReason: HIDE_REASON,
      openReports: 0,
      reportsTotal: 2,
      decidedBy: 'staff-moderator',
    });

    const seen = (await publicComments()).consultation;
    const shown = seen.comments.nodes.find((c: Row) => c.id === commentId);
    expect(shown).toEqual({
      id: commentId,
      body: `ซ่อนโดยหน่วยงาน: ${HIDE_REASON} (hidden by the unit: ${HIDE_REASON})`,
      authorName: null,
      moderation: 'HIDDEN',
      hiddenReason: HIDE_REASON,
    });
    expect(JSON.stringify(seen)).not.toContain('หยาบคายที่ไม่ควรเผยแพร่');
    expect(seen.commentCount).toBe(2);
    // Decided: out of the waiting queue, in the list of what the unit hid.
    expect(await queue()).toEqual([]);
    expect((await queue('HIDDEN')).map((i) => i.id)).toEqual([commentId]);
    // A restore of something not hidden is refused; a hidden one comes back as it was.
    const restored = data(await staff(RESTORE, { kind: 'CONSULTATION_COMMENT', id: commentId })).restoreContribution;
    expect(restored).toMatchObject({ status: 'VISIBLE', hiddenReason: null });
    expect(codeOf(await staff(RESTORE, { kind: 'CONSULTATION_COMMENT', id: commentId }))).toBe('MODERATION_NOT_HIDDEN');
    const back = (await publicComments()).consultation.comments.nodes.find((c: Row) => c.id === commentId);
    expect(back).toMatchObject({ body: ABUSIVE_TEXT, authorName: 'ผู้ไม่ประสงค์ดี', moderation: 'VISIBLE', hiddenReason: null });
  });

  it('holds anonymous contributions for approval when the unit head says so', async () => {
    // The unit head sets it; the unit's other staff may not.
    expect(codeOf(await t.as('UNIT_STAFF', CODE)(HOLD, { hold: true }))).toBe('FORBIDDEN');
    expect(data(await t.staff(HOLD, { hold: true })).setHoldContributions).toBe(true);
    expect((await publicComments()).holdsContributions).toBe(true);

    const suggested = data(
      await t.query(
        `mutation ($d: ID!, $k: String!) { ${SLUG} { suggestOnDraft(draftId: $d, body: "ควรเพิ่มงบประมาณห้องสมุด", organisation: "สมาคมผู้ปกครอง", idempotencyKey: $k) { ${SUGGESTION} } } }`,
        { d: draftId, k: randomUUID() },
      ),
    ).suggestOnDraft;
    // Its author is told it waits; nobody sees it yet, and it cannot be reported.
    expect(suggested.moderation).toBe('HELD');
    const before = data(await t.query(DRAFT, { id: draftId })).draft;
    expect(before).toMatchObject({ suggestionCount: 0, suggestions: { nodes: [] } });
    expect(codeOf(await report(suggested.id, randomUUID(), 'SPAM', null, 'DRAFT_SUGGESTION'))).toBe('CONTRIBUTION_NOT_FOUND');
    const waiting = await queue();
    expect(waiting).toEqual([
      expect.objectContaining({
        kind: 'DRAFT_SUGGESTION',
        id: suggested.id,
        status: 'HELD',
        text: 'ควรเพิ่มงบประมาณห้องสมุด',
        contextId: draftId,
      }),
    ]);
    expect((await queue('HELD')).map((i) => i.id)).toEqual([suggested.id]);

    const approved = data(await t.as('UNIT_STAFF', CODE)(APPROVE, { kind: 'DRAFT_SUGGESTION', id: suggested.id })).approveContribution;
    expect(approved.status).toBe('VISIBLE');
    const after = data(await t.query(DRAFT, { id: draftId })).draft;
    expect(after.suggestionCount).toBe(1);
    expect(after.suggestions.nodes).toEqual([{ ...suggested, moderation: 'VISIBLE' }]);
    expect(await queue()).toEqual([]);

    // A held comment hidden instead of approved shows its reason, never its text.
    const held = await comment('ขายสินค้าราคาถูก คลิกลิงก์');
    expect(held.moderation).toBe('HELD');
    expect((await publicComments()).consultation.comments.nodes.map((c: Row) => c.id)).not.toContain(held.id);
    await t.as('UNIT_STAFF', CODE)(HIDE(), { kind: 'CONSULTATION_COMMENT', id: held.id, reason: 'โฆษณา' });
    const hiddenHeld = (await publicComments()).consultation.comments.nodes.find((c: Row) => c.id === held.id);
    expect(hiddenHeld).toMatchObject({ body: 'ซ่อนโดยหน่วยงาน: โฆษณา (hidden by the unit: โฆษณา)', moderation: 'HIDDEN' });

    // Switched off, contributions show at once again.
    expect(data(await t.staff(HOLD, { hold: false })).setHoldContributions).toBe(false);
    expect((await comment('ขอบคุณที่เปิดรับฟัง')).moderation).toBe('VISIBLE');
  });

  it("keeps every act in the unit's audit log", async () => {
    const log = data(await t.as('AUDITOR')(`{ ${SLUG} { auditLog(first: 50) { nodes { actor actorUnit action recordIds } } } }`)).auditLog
      .nodes as Row[];
    const acts = log.filter((row) => row.action.endsWith('_CONTRIBUTION')).reverse();
    expect(acts.map((row) => row.action)).toEqual([
      'HIDE_CONTRIBUTION',
      'RESTORE_CONTRIBUTION',
      'APPROVE_CONTRIBUTION',
      'HIDE_CONTRIBUTION',
    ]);
    expect(acts[0]).toMatchObject({ actor: 'staff-moderator', actorUnit: CODE, recordIds: [commentId] });
    // Refused acts (another unit's staff, a restore of something shown) left no row.
    expect(acts.filter((row) => row.recordIds[0] === commentId)).toHaveLength(2);
  });

  it("hides a public case's words from its list and from search, never from the unit's staff", async () => {
    const message = `ร้องเรียนครูคนหนึ่งด้วยชื่อและเบอร์โทร 089-111-2222 เรื่องตารางสอนพิเศษ (${randomUUID().slice(0, 8)})`;
    const submitted = await t.query(
      `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode } }`,
      {
        input: { category: 'COMPLAINT', message, unitCode: CODE, public: true },
        key: randomUUID(),
      },
    );
    expect(submitted.errors).toBeUndefined();
    const caseId: string = await eventually(async () => {
      const found = await t.staff(`query ($s: String) { ${SLUG} { feedback(filter: { search: $s }) { nodes { id } } } }`, {
        s: 'ตารางสอนพิเศษ',
      });
      return found.data?.[SLUG].feedback.nodes[0]?.id as string | undefined;
    });
    for (const step of [
      'acknowledgeCase(id: $id) { status }',
      'answerCase(id: $id, answer: { answerTh: "หน่วยงานจัดตารางสอนพิเศษใหม่แล้ว" }) { status }',
    ]) {
      data(await t.staff(`mutation ($id: ID!) { ${SLUG} { ${step} } }`, { id: caseId }));
    }
    const publicCase = async () =>
      data(
        await t.query(`{ ${SLUG} { feedback(filter: { publicOnly: true }) { nodes { id message moderation hiddenReason } } } }`),
      ).feedback.nodes.find((row: Row) => row.id === caseId);
    const searched = async () =>
      data(await t.query(`{ ${SLUG} { search(text: "ตารางสอนพิเศษ") { kind id } } }`)).search.filter((hit: Row) => hit.id === caseId);
    expect((await publicCase()).message).toBe(message);
    expect(await searched()).toHaveLength(1);

    data(await report(caseId, randomUUID(), 'PERSONAL_DATA', null, 'PUBLIC_FEEDBACK'));
    const hidden = data(await t.staff(HIDE(), { kind: 'PUBLIC_FEEDBACK', id: caseId, reason: 'มีข้อมูลส่วนบุคคล' })).hideContribution;
    expect(hidden).toMatchObject({ status: 'HIDDEN', text: message, contextTh: 'COMPLAINT' });
    expect(await publicCase()).toEqual({
      id: caseId,
      message: 'ซ่อนโดยหน่วยงาน: มีข้อมูลส่วนบุคคล (hidden by the unit: มีข้อมูลส่วนบุคคล)',
      moderation: 'HIDDEN',
      hiddenReason: 'มีข้อมูลส่วนบุคคล',
    });
    expect(await searched()).toEqual([]);
    // The unit's staff still work the case with its words.
    const staffView = data(
      await t.as('UNIT_STAFF', CODE)(`query ($id: ID!) { ${SLUG} { case(id: $id) { message moderation } } }`, { id: caseId }),
    ).case;
    expect(staffView).toEqual({ message, moderation: 'HIDDEN' });
    // A private case is not a public contribution.
    const privateCase = await t.query(
      `mutation ($input: CaseSubmission!, $key: ID!) { submitFeedback(input: $input, idempotencyKey: $key) { caseCode } }`,
      {
        input: { category: 'OPINION', message: 'ความเห็นส่วนตัวถึงหน่วยงาน', unitCode: CODE },
        key: randomUUID(),
      },
    );
    expect(privateCase.errors).toBeUndefined();
    const privateId: string = await eventually(async () => {
      const found = await t.staff(`{ ${SLUG} { feedback(filter: { search: "ความเห็นส่วนตัวถึงหน่วยงาน" }) { nodes { id } } } }`);
      return found.data?.[SLUG].feedback.nodes[0]?.id as string | undefined;
    });
    expect(codeOf(await report(privateId, randomUUID(), 'SPAM', null, 'PUBLIC_FEEDBACK'))).toBe('CONTRIBUTION_NOT_FOUND');
  });

  it("hides a proposed initiative's title and text, not its group", async () => {
    const proposed = data(
      await t.as('STAKEHOLDER', undefined, { subject: 'parents-club' })(
        `mutation ($input: InitiativeInput!, $k: String!) { ${SLUG} { proposeInitiative(input: $input, idempotencyKey: $k) { id } } }`,
        {
          input: { titleTh: 'ขายตรงสินค้าในโรงเรียน', bodyTh: 'โฆษณาสินค้า', groupName: 'ชมรมผู้ปกครอง', startsAt: at(24 * HOUR) },
          k: randomUUID(),
        },
      ),
    ).proposeInitiative;
    data(await report(proposed.id, randomUUID(), 'SPAM', null, 'INITIATIVE'));
    data(await t.as('UNIT_STAFF', CODE)(HIDE(), { kind: 'INITIATIVE', id: proposed.id, reason: 'เป็นการโฆษณา' }));
    const seen = data(
      await t.query(`query ($id: ID!) { ${SLUG} { initiative(id: $id) { titleTh titleEn bodyTh groupName moderation hiddenReason } } }`, {
        id: proposed.id,
      }),
    ).initiative;
    const notice = 'ซ่อนโดยหน่วยงาน: เป็นการโฆษณา (hidden by the unit: เป็นการโฆษณา)';
    expect(seen).toEqual({
      titleTh: notice,
      titleEn: null,
      bodyTh: notice,
      groupName: 'ชมรมผู้ปกครอง',
      moderation: 'HIDDEN',
      hiddenReason: 'เป็นการโฆษณา',
    });
  });
});
