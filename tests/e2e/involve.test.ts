import { randomUUID } from 'node:crypto';
import { quoteIdent } from '@sesao28/kit';
import type { GraphQLResponse } from '@sesao28/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

/**
 * Measure 3, "involve": a unit publishes a draft, anyone suggests while it is open, staff
 * answer every suggestion, and the final text is decided with people besides staff. The
 * public sees the whole trail: suggestions, responses with reasons, and the decision.
 */

type Row = Record<string, any>;

const HOUR = 60 * 60 * 1000;
/** A window that closes within a scenario: the test moves the database clock past it (t.clock) rather than waiting. */
const SHORT_WINDOW_MS = 60_000;

const SUGGESTION = 'id body authorName organisation createdAt response reasonTh reasonEn respondedAt';
const DRAFT = `id unitCode kind titleTh titleEn bodyTh bodyEn opensAt closesAt open
  activity { id level status titleTh }
  suggestionCount
  suggestions(first: 50) { nodes { ${SUGGESTION} } pageInfo { hasNextPage } }
  responseSummary { adopted partlyAdopted notAdopted unanswered }
  decision { decisionTh decisionEn finalTextTh decidedAt decidedBy decidedWith { name role partner { id } } }`;

const OPEN_DRAFT = (slug: string) => `mutation ($input: DraftInput!) { ${slug} { openDraft(input: $input) { ${DRAFT} } } }`;
const SUGGEST = (slug: string) => `mutation ($id: ID!, $body: String!, $name: String, $org: String, $key: String!) {
  ${slug} { suggestOnDraft(draftId: $id, body: $body, authorName: $name, organisation: $org, idempotencyKey: $key) { ${SUGGESTION} } } }`;
const RESPOND = (slug: string) => `mutation ($id: ID!, $response: SuggestionResponse!, $th: String, $en: String) {
  ${slug} { respondToSuggestion(suggestionId: $id, response: $response, reasonTh: $th, reasonEn: $en) { ${SUGGESTION} } } }`;
const DECIDE = (slug: string) =>
  `mutation ($id: ID!, $input: DraftDecisionInput!) { ${slug} { decideDraft(draftId: $id, input: $input) { ${DRAFT} } } }`;
const READ = (slug: string) => `query ($id: ID!) { ${slug} { draft(id: $id) { ${DRAFT} } } }`;

const PARENT = { name: 'นางสาวสมใจ ใจดี', role: 'ผู้แทนผู้ปกครอง' };

describe('involve (ร่วมคิด ร่วมตัดสินใจ): drafts, suggestions, responses and joint decisions', () => {
  let t: TestStack;
  let partnerId: string;
  // From the database's time (a scenario before may have moved it on); the tables of bad input, made before the stack starts, from this process's.
  const at = (offsetMs: number) => new Date((t ? t.clock.now().getTime() : Date.now()) + offsetMs).toISOString();

  const ok = (res: GraphQLResponse<Row>, slug: string, field: string) => {
    expect(res.errors).toBeUndefined();
    return res.data![slug][field];
  };
  const openDraft = async (slug: string, input: Row) =>
    ok(
      await t.staff(OPEN_DRAFT(slug), {
        input: {
          kind: 'PLAN',
          titleTh: 'ร่างแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๗๐',
          bodyTh: 'ยุทธศาสตร์ที่ ๑ พัฒนาคุณภาพผู้เรียน',
          opensAt: at(-HOUR),
          closesAt: at(SHORT_WINDOW_MS),
          ...input,
        },
      }),
      slug,
      'openDraft',
    );
  const suggest = (slug: string, id: string, body: string, key: string, name: string | null = null, org: string | null = null) =>
    t.query(SUGGEST(slug), { id, body, name, org, key });
  const respond = (slug: string, id: string, response: string, th: string | null = null, en: string | null = null) =>
    t.staff(RESPOND(slug), { id, response, th, en });
  const decide = (slug: string, id: string, input: Row) =>
    t.staff(DECIDE(slug), {
      id,
      input: { decisionTh: 'เห็นชอบร่างแผนตามที่ปรับปรุงแล้ว', finalTextTh: 'แผนปฏิบัติราชการฉบับสุดท้าย', decidedWith: [PARENT], ...input },
    });

  /** Rows of the unit's involve tables (and the activities they stand on). */
  const rowCounts = async (slug: string) => {
    const running = t.stack.units.get(slug)!;
    const s = quoteIdent(running.unit.manifest.schemaName);
    const tables = ['draft', 'draft_suggestion', 'draft_decision_participant', 'activity', 'activity_participant'];
    const [row] = await running.server.db.dataSource.query(
      `SELECT ${tables.map((table) => `(SELECT count(*)::int FROM ${s}.${table}) AS ${table}`).join(', ')}`,
    );
    return row as Record<string, number>;
  };
  const participantsOf = async (slug: string, activityId: string) => {
    const running = t.stack.units.get(slug)!;
    const s = quoteIdent(running.unit.manifest.schemaName);
    const [row] = await running.server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM ${s}.activity_participant WHERE activity_id = $1`,
      [activityId],
    );
    return row.n as number;
  };
  /** The request is refused with `code`, in Thai and English, and writes nothing in the unit. */
  const refusedWithoutWriting = async (slug: string, request: () => Promise<GraphQLResponse<Row>>, code: string) => {
    const before = await rowCounts(slug);
    const res = await request();
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe(code);
    expect(error?.extensions?.messageTh).toMatch(/[\u0E00-\u0E7F]/);
    expect(error?.extensions?.messageEn).toMatch(/[A-Za-z]/);
    expect(JSON.stringify(res)).not.toMatch(/stack|SELECT|INSERT|at Object/);
    expect(await rowCounts(slug)).toEqual(before);
    return error!.extensions!;
  };

  beforeAll(async () => {
    t = await startTestStack({ OUTBOX_INTERVAL_MS: '100' });
    const registered = await t.as('UNIT_STAFF', 'FINANCE')(`mutation ($input: PartnerInput!) { registerPartner(input: $input) { id } }`, {
      input: { nameTh: 'สมาคมผู้ปกครองและครูจังหวัดยโสธร', kind: 'PARENT_NETWORK', province: 'ยโสธร' },
    });
    expect(registered.errors).toBeUndefined();
    partnerId = registered.data?.registerPartner.id;
  });
  afterAll(async () => t?.close());

  describe('a whole draft, from publication to the public result', () => {
    // One after the other: each moves the one clock all units share past its own window.
    it.each(['policyPlanning', 'teacherDevelopment'])('in %s', async (slug) => {
      const draft = await openDraft(slug, { titleEn: 'Draft action plan', bodyEn: 'Strategy 1: learners' });
      const code = (await t.query(`{ ${slug} { code } }`)).data?.[slug].code;
      expect(draft).toMatchObject({
        unitCode: code,
        kind: 'PLAN',
        open: true,
        activity: { level: 'INVOLVE', status: 'OPEN', titleTh: draft.titleTh },
        suggestionCount: 0,
        responseSummary: { adopted: 0, partlyAdopted: 0, notAdopted: 0, unanswered: 0 },
        decision: null,
      });

      // Anyone suggests; a retry with the same key returns the first suggestion and counts one person.
      const key = randomUUID();
      const named = ok(
        await suggest(slug, draft.id, 'ควรเพิ่มงบด้านสุขภาวะนักเรียน 👍🏽', key, 'นายสมชาย รักเรียน', 'โรงเรียนบ้านโนนสูง'),
        slug,
        'suggestOnDraft',
      );
      const retried = ok(
        await suggest(slug, draft.id, 'ควรเพิ่มงบด้านสุขภาวะนักเรียน 👍🏽', key, 'นายสมชาย รักเรียน', 'โรงเรียนบ้านโนนสูง'),
        slug,
        'suggestOnDraft',
      );
      expect(retried).toEqual(named);
      const anonymous = ok(await suggest(slug, draft.id, 'ขอให้จัดอบรมครูช่วงปิดภาคเรียน', randomUUID()), slug, 'suggestOnDraft');
      const third = ok(await suggest(slug, draft.id, 'ควรยกเลิกการสอบกลางภาค', randomUUID()), slug, 'suggestOnDraft');
      expect(anonymous).toMatchObject({ authorName: null, organisation: null, response: null, respondedAt: null });
      expect(await participantsOf(slug, draft.activity.id)).toBe(3);

      // Staff answer each one; a response may change until the decision.
      expect(ok(await respond(slug, named.id, 'NOT_ADOPTED', 'งบประมาณไม่เพียงพอ'), slug, 'respondToSuggestion').response).toBe(
        'NOT_ADOPTED',
      );
      const adopted = ok(await respond(slug, named.id, 'ADOPTED'), slug, 'respondToSuggestion');
      expect(adopted).toMatchObject({ response: 'ADOPTED', reasonTh: null, body: named.body });
      ok(await respond(slug, anonymous.id, 'PARTLY_ADOPTED', 'จัดได้เฉพาะภาคเรียนที่ ๒', 'Second term only'), slug, 'respondToSuggestion');
      const before = await t.query(READ(slug), { id: draft.id });
      expect(ok(before, slug, 'draft').responseSummary).toEqual({ adopted: 1, partlyAdopted: 1, notAdopted: 0, unanswered: 1 });

      // Not before the window closed, and not with a suggestion unanswered.
      const early = await decide(slug, draft.id, {});
      expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'DRAFT_STILL_OPEN', messageTh: expect.stringContaining('ปิดรับ') });
      await t.clock.passTo(draft.closesAt);
      const late = await suggest(slug, draft.id, 'ข้อเสนอหลังปิดรับ', randomUUID());
      expect(late.errors?.[0]?.extensions?.code).toBe('DRAFT_NOT_OPEN');
      const unanswered = await decide(slug, draft.id, {});
      expect(unanswered.errors?.[0]?.extensions).toMatchObject({
        code: 'DRAFT_HAS_UNANSWERED',
        messageTh: expect.stringContaining('1 รายการ'),
      });
      ok(await respond(slug, third.id, 'NOT_ADOPTED', 'ขัดกับประกาศกระทรวงศึกษาธิการ'), slug, 'respondToSuggestion');

      // The joint decision, with a parents' representative and a partner's.
      const decided = ok(
        await decide(slug, draft.id, { decidedWith: [PARENT, { name: 'นายวิชัย มั่นคง', role: 'ผู้แทนภาคีเครือข่าย', partnerId }] }),
        slug,
        'decideDraft',
      );
      expect(decided.decision).toMatchObject({ decidedBy: `head-${slug}`, finalTextTh: 'แผนปฏิบัติราชการฉบับสุดท้าย' });
      expect(decided.activity.status).toBe('CLOSED');
      // The partner takes part in the activity too.
      expect(await participantsOf(slug, draft.activity.id)).toBe(4);

      // The public sees everything but who recorded the decision.
      const shown = ok(await t.query(READ(slug), { id: draft.id }), slug, 'draft');
      expect(shown).toMatchObject({
        open: false,
        suggestionCount: 3,
        responseSummary: { adopted: 1, partlyAdopted: 1, notAdopted: 1, unanswered: 0 },
      });
      expect(shown.suggestions.nodes.map((s: Row) => [s.authorName, s.organisation, s.response, s.reasonTh])).toEqual([
        ['นายสมชาย รักเรียน', 'โรงเรียนบ้านโนนสูง', 'ADOPTED', null],
        [null, null, 'PARTLY_ADOPTED', 'จัดได้เฉพาะภาคเรียนที่ ๒'],
        [null, null, 'NOT_ADOPTED', 'ขัดกับประกาศกระทรวงศึกษาธิการ'],
      ]);
      expect(shown.decision).toEqual({
        decisionTh: 'เห็นชอบร่างแผนตามที่ปรับปรุงแล้ว',
        decisionEn: null,
        finalTextTh: 'แผนปฏิบัติราชการฉบับสุดท้าย',
        decidedAt: decided.decision.decidedAt,
        decidedBy: null,
        decidedWith: [
          { ...PARENT, partner: null },
          { name: 'นายวิชัย มั่นคง', role: 'ผู้แทนภาคีเครือข่าย', partner: { id: partnerId } },
        ],
      });
      // The partner's name comes from Administration's register.
      const named2 = await t.query(`query ($id: ID!) { ${slug} { draft(id: $id) { decision { decidedWith { partner { nameTh } } } } } }`, {
        id: draft.id,
      });
      expect(named2.data?.[slug].draft.decision.decidedWith[1].partner.nameTh).toBe('สมาคมผู้ปกครองและครูจังหวัดยโสธร');
      const listed = await t.query(`{ ${slug} { drafts(first: 5) { nodes { id } totalCount } } }`);
      expect(listed.data?.[slug].drafts.nodes.map((n: Row) => n.id)).toContain(draft.id);

      // Once decided: decided once only, and responses are final.
      expect((await decide(slug, draft.id, {})).errors?.[0]?.extensions?.code).toBe('DRAFT_ALREADY_DECIDED');
      expect((await respond(slug, third.id, 'ADOPTED')).errors?.[0]?.extensions?.code).toBe('DRAFT_ALREADY_DECIDED');
      expect(ok(await t.query(READ(slug), { id: draft.id }), slug, 'draft').suggestions.nodes[2].response).toBe('NOT_ADOPTED');
    });
  });

  describe('refuses bad input with a code in Thai and English, writing nothing', () => {
    const slug = 'policyPlanning';
    let open: Row;
    let upcoming: Row;
    let closed: Row;
    let waiting: Row;

    beforeAll(async () => {
      open = await openDraft(slug, { closesAt: at(HOUR), kind: 'WAY_OF_WORKING' });
      upcoming = await openDraft(slug, { opensAt: at(HOUR), closesAt: at(2 * HOUR), kind: 'PROJECT' });
      closed = await openDraft(slug, { closesAt: at(SHORT_WINDOW_MS) });
      waiting = ok(await suggest(slug, closed.id, 'ยังไม่มีใครตอบข้อเสนอนี้', randomUUID()), slug, 'suggestOnDraft');
      ok(await suggest(slug, open.id, 'ข้อเสนอแรก', 'first-suggestion-key'), slug, 'suggestOnDraft');
      await t.clock.passTo(closed.closesAt);
    });

    it.each<[string, Row, string]>([
      ['an empty title', { titleTh: ' ' }, 'TEXT_REQUIRED'],
      ['a draft text over 20,000 characters', { bodyTh: 'ก'.repeat(20001) }, 'TEXT_TOO_LONG'],
      ['a window that closes before it opens', { closesAt: at(-2 * HOUR) }, 'INVALID_OPEN_WINDOW'],
      ['dates far out of range', { opensAt: '2569-01-01T00:00:00Z', closesAt: '2569-02-01T00:00:00Z' }, 'INVALID_ACTIVITY_DATES'],
    ])('openDraft: %s', async (_name, input, code) => {
      await refusedWithoutWriting(
        slug,
        () =>
          t.staff(OPEN_DRAFT(slug), {
            input: { kind: 'PLAN', titleTh: 'ร่าง', bodyTh: 'เนื้อหา', opensAt: at(-HOUR), closesAt: at(HOUR), ...input },
          }),
        code,
      );
    });

    it.each<[string, () => [string, string, string, (string | null)?], string]>([
      ['an empty suggestion', () => [open.id, '   ', randomUUID()], 'TEXT_REQUIRED'],
      ['a suggestion over 5,000 characters', () => [open.id, 'ก'.repeat(5001), randomUUID()], 'TEXT_TOO_LONG'],
      ['a name over 200 characters', () => [open.id, 'ข้อเสนอ', randomUUID(), 'ก'.repeat(201)], 'TEXT_TOO_LONG'],
      ['a short retry key', () => [open.id, 'ข้อเสนอ', 'short'], 'INVALID_IDEMPOTENCY_KEY'],
      ['a draft that does not exist', () => [randomUUID(), 'ข้อเสนอ', randomUUID()], 'DRAFT_NOT_FOUND'],
      ['a draft not open yet', () => [upcoming.id, 'ข้อเสนอ', randomUUID()], 'DRAFT_NOT_OPEN'],
      ['a draft already closed', () => [closed.id, 'ข้อเสนอ', randomUUID()], 'DRAFT_NOT_OPEN'],
      ['a retry key used for another suggestion', () => [open.id, 'ข้อเสนออื่น', 'first-suggestion-key'], 'IDEMPOTENCY_KEY_REUSED'],
    ])('suggestOnDraft: %s', async (_name, args, code) => {
      const [id, body, key, name] = args();
      await refusedWithoutWriting(slug, () => suggest(slug, id, body, key, name ?? null), code);
    });

    it('suggestOnDraft: names the window in Bangkok time', async () => {
      const extensions = await refusedWithoutWriting(slug, () => suggest(slug, upcoming.id, 'ข้อเสนอ', randomUUID()), 'DRAFT_NOT_OPEN');
      expect(extensions.messageTh).toMatch(/เปิดรับตั้งแต่ \d{4}-\d{2}-\d{2} \d{2}:\d{2} ถึง/);
    });

    it('respondToSuggestion: a reason for anything short of ADOPTED, and a suggestion that exists', async () => {
      await refusedWithoutWriting(slug, () => respond(slug, waiting.id, 'NOT_ADOPTED'), 'SUGGESTION_REASON_REQUIRED');
      await refusedWithoutWriting(
        slug,
        () => respond(slug, waiting.id, 'PARTLY_ADOPTED', ' ', 'English only'),
        'SUGGESTION_REASON_REQUIRED',
      );
      await refusedWithoutWriting(slug, () => respond(slug, randomUUID(), 'ADOPTED'), 'SUGGESTION_NOT_FOUND');
      const read = ok(await t.query(READ(slug), { id: closed.id }), slug, 'draft');
      expect(read.suggestions.nodes[0]).toMatchObject({ id: waiting.id, response: null, reasonTh: null, respondedAt: null });
    });

    it('decideDraft: after the window, every suggestion answered, with people besides staff, partners from the register', async () => {
      await refusedWithoutWriting(slug, () => decide(slug, open.id, {}), 'DRAFT_STILL_OPEN');
      const unanswered = await refusedWithoutWriting(slug, () => decide(slug, closed.id, {}), 'DRAFT_HAS_UNANSWERED');
      expect(unanswered.messageTh).toContain('1 รายการ');
      await refusedWithoutWriting(slug, () => decide(slug, closed.id, { decidedWith: [] }), 'JOINT_DECISION_NEEDS_PARTICIPANTS');
      await refusedWithoutWriting(
        slug,
        () => decide(slug, closed.id, { decidedWith: [{ ...PARENT, partnerId: randomUUID() }] }),
        'UNKNOWN_PARTNER',
      );
      await refusedWithoutWriting(slug, () => decide(slug, closed.id, { finalTextTh: ' ' }), 'TEXT_REQUIRED');
      await refusedWithoutWriting(slug, () => decide(slug, randomUUID(), {}), 'DRAFT_NOT_FOUND');
      const read = ok(await t.query(READ(slug), { id: closed.id }), slug, 'draft');
      expect(read).toMatchObject({ decision: null, activity: { status: 'OPEN' } });
    });

    it("lets only the unit's own staff publish, respond and decide", async () => {
      const input = { kind: 'PLAN', titleTh: 'ร่าง', bodyTh: 'เนื้อหา', opensAt: at(-HOUR), closesAt: at(HOUR) };
      await refusedWithoutWriting(slug, () => t.query(OPEN_DRAFT(slug), { input }), 'UNAUTHENTICATED');
      const others = t.as('UNIT_HEAD', 'TEACHER_DEV');
      await refusedWithoutWriting(slug, () => others(OPEN_DRAFT(slug), { input }), 'FORBIDDEN');
      await refusedWithoutWriting(slug, () => others(RESPOND(slug), { id: waiting.id, response: 'ADOPTED' }), 'FORBIDDEN');
      await refusedWithoutWriting(
        slug,
        () => others(DECIDE(slug), { id: closed.id, input: { decisionTh: 'ก', finalTextTh: 'ข', decidedWith: [PARENT] } }),
        'FORBIDDEN',
      );
      await refusedWithoutWriting(slug, () => t.as('STAKEHOLDER')(RESPOND(slug), { id: waiting.id, response: 'ADOPTED' }), 'FORBIDDEN');
    });
  });

  it('costs the same SQL statements for a page of drafts whatever their number (DataLoaders)', async () => {
    const slug = 'teacherDevelopment';
    const page = `{ ${slug} { drafts(first: 50) { nodes { id activity { level } suggestionCount responseSummary { unanswered }
      suggestions(first: 5) { nodes { id response } } decision { decidedAt decidedWith { name partner { id } } } } } } }`;
    const cost = async () => {
      const before = t.statements();
      const res = await t.query(page);
      expect(res.errors).toBeUndefined();
      return { statements: t.statements() - before, drafts: res.data?.[slug].drafts.nodes.length as number };
    };
    const small = await cost();
    for (let i = 0; i < 4; i += 1) {
      const draft = await openDraft(slug, { closesAt: at(HOUR) });
      ok(await suggest(slug, draft.id, `ข้อเสนอที่ ${i}`, randomUUID()), slug, 'suggestOnDraft');
    }
    const large = await cost();
    expect(large.drafts).toBe(small.drafts + 4);
    // The page, its activities, the suggestion tallies, the suggestion pages and the decisions' participants.
    expect(small.statements).toBe(5);
    expect(large.statements).toBe(small.statements);
  });
});
