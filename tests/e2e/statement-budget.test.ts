import { createRepositories, INTAKE_UNIT_CODE, quoteIdent, unitSchemaOf } from '@sesao28/kit';
import { makeActivity, makeFeedback } from '@sesao28/kit/testing';
import { busiestPartneredActivity, PARTNER_HISTORY, PARTNER_HISTORY_UNIT, partnerHistoryShape, SHAPES } from '@sesao28/infra/bench';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/test-stack.js';

/**
 * The SQL statements one request costs, per benchmark shape, exactly, and the same
 * whatever the volume of data: an N+1 regression fails here.
 */

describe('SQL statements per request, per benchmark shape', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => t?.close());

  const run = async (query: string) => {
    const before = t.statements();
    const res = await t.as('DIRECTOR')(query);
    expect(res.errors).toBeUndefined();
    return { statements: t.statements() - before, data: res.data! };
  };
  const cost = async (query: string) => (await run(query)).statements;

  const grow = async () => {
    for (const running of t.stack.units.values()) {
      const repos = createRepositories(running.server.db.dataSource);
      const activities = Array.from({ length: 60 }, (_, i) => makeActivity(i));
      await repos.activities.insertMany(activities);
      await repos.feedback.insertMany(Array.from({ length: 120 }, (_, i) => makeFeedback(i, { activityId: activities[i % 60]!.id })));
    }
  };

  it("is the plan's minimum, and stays so with more data", async () => {
    // The dashboard twice: cold (nothing cached yet), then warm.
    const dashboard = async () => ({ cold: await cost(SHAPES.dashboard), warm: await cost(SHAPES.dashboard) });
    const small = { dashboard: await dashboard(), unitRoots: await cost(SHAPES.unitRoots), queue: await cost(SHAPES.queue) };
    // Dashboard, per unit: cold, the cache lookup (a miss) and the aggregate that computes the figures
    // and stores them in the same statement; warm, the lookup alone (a hit).
    expect(small.dashboard).toEqual({ cold: 9 * 2, warm: 9 });
    // Per unit: activities page, their feedback counts; and where the director may read cases: the
    // case page, its activities, and the audit record of the read. Internal Audit's cases are closed to him.
    expect(small.unitRoots).toBe(9 * 2 + 8 * 3);
    // The queue: the page, its count and the audit record; the same ordered by deadline (the staff desk).
    expect(small.queue).toBe(3);
    // Reads write only audit records, which the stats do not read: the dashboard is still cached.
    expect(await cost(SHAPES.dashboard)).toBe(9);
    expect(await cost(SHAPES.queue.replace('openOnly: true', 'openOnly: true, orderBy: DUE_FIRST'))).toBe(3);
    // New activities and cases in every unit bump each unit's stats version: cold again, then warm.
    await grow();
    expect({ dashboard: await dashboard(), unitRoots: await cost(SHAPES.unitRoots), queue: await cost(SHAPES.queue) }).toEqual(small);
  });

  it("counts the ladder's participants in the stats statement, and participant counts in one batch", async () => {
    // The same statements per unit as the dashboard, participants joined in (their own cache entry):
    // lookup and compute-and-store cold, the lookup alone warm.
    const ladder = `{ units { stats(fiscalYear: 2569) { ladder { level share participants } participantsDistinct } } }`;
    expect(await cost(ladder)).toBe(9 * 2);
    expect(await cost(ladder)).toBe(9);
    // The activities page and one statement for all their participant counts.
    expect(await cost(`{ financeAssets { activities(first: 50) { nodes { participantCount } } } }`)).toBe(2);
    // One search statement per unit.
    expect(await cost(`{ financeAssets { search(text: "ประชุม") { id } } }`)).toBe(1);
  });

  describe('partners across the nine units (federated references)', () => {
    const units = () => [...t.stack.units.values()];
    const sql = (running: ReturnType<typeof units>[number]) => {
      const { dataSource } = running.server.db;
      return { query: (text: string, params: unknown[]) => dataSource.query(text, params), s: quoteIdent(unitSchemaOf(dataSource)) };
    };
    const partnerIds: string[] = [];

    /**
     * Registers `count` more partners (an MOU each) in Administration and names the partners on
     * every activity of every unit, one to `upTo` each (an activity keeps the partners it had), so
     * each partner has a history in all nine units and the cases' activities have partners.
     */
    const addPartners = async (count: number, upTo: number) => {
      const admin = sql(units().find((u) => u.unit.manifest.code === INTAKE_UNIT_CODE)!);
      const rows: { id: string }[] = await admin.query(
        `INSERT INTO ${admin.s}.partner (name_th, kind, province) SELECT 'โรงเรียนบ้านทดสอบ ' || n, 'SCHOOL', 'ศรีสะเกษ' FROM generate_series(1, $1::int) n RETURNING id`,
        [count],
      );
      partnerIds.push(...rows.map((r) => r.id));
      await admin.query(
        `INSERT INTO ${admin.s}.partner_agreement (partner_id, title, signed_at, starts_on, ends_on)
         SELECT id, 'บันทึกข้อตกลงความร่วมมือ', '2026-01-01', '2026-01-15', '2027-09-30' FROM unnest($1::uuid[]) id`,
        [rows.map((r) => r.id)],
      );
      for (const running of units()) {
        const unit = sql(running);
        await unit.query(
          `INSERT INTO ${unit.s}.activity_partner (activity_id, partner_id, role_th)
           SELECT a.id, ($1::uuid[])[1 + (a.n + k) % cardinality($1::uuid[])], 'ร่วมจัดกิจกรรม'
           FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM ${unit.s}.activity) a, generate_series(0, a.n % $2) k
           ON CONFLICT (activity_id, partner_id) DO NOTHING`,
          [partnerIds, upTo],
        );
      }
    };

    const partnerHistory = (id: string) => `{ partner(id: "${id}") { nameTh agreements { title status } ${PARTNER_HISTORY} } }`;
    /** Shape (c) as the bench sends it (the cases of its busiest joint activity), and the unit's recent cases about any. */
    const casesShapes = async () => {
      const running = t.stack.units.get(PARTNER_HISTORY_UNIT)!;
      const { id } = await busiestPartneredActivity(running.server.db.dataSource, unitSchemaOf(running.server.db.dataSource));
      return { oneActivity: partnerHistoryShape(PARTNER_HISTORY_UNIT, id), recent: partnerHistoryShape(PARTNER_HISTORY_UNIT, null) };
    };
    const costs = async () => {
      const shapes = await casesShapes();
      const oneActivity = await run(shapes.oneActivity);
      const recent = await run(shapes.recent);
      for (const { data } of [oneActivity, recent]) {
        // Every part of the plan runs: cases with activities, their partners, a history in each unit.
        const partners = data[PARTNER_HISTORY_UNIT].feedback.nodes.flatMap((n: any) => n.activity?.partners ?? []);
        expect(partners.length).toBeGreaterThan(1);
        for (const { slug } of units().map((u) => u.unit.manifest)) expect(partners[0].partner[slug].activities.length).toBeGreaterThan(0);
      }
      const history = await run(partnerHistory(partnerIds.at(-1)!));
      for (const { slug } of units().map((u) => u.unit.manifest)) expect(history.data.partner[slug].activities.length).toBeGreaterThan(0);
      expect(history.data.partner.agreements).toHaveLength(1);
      return { oneActivity: oneActivity.statements, recent: recent.statements, history: history.statements };
    };

    it("follows cases to their partners and each partner's history in nine units at one statement per fetch and batch, whatever the data", async () => {
      await addPartners(3, 2);
      const small = await costs();
      // Shape (c), ten fetches: the unit's own (the case page, the audit record of the read, the cases'
      // activities, their partners, and the partners' history in this unit: 5); Administration's (the
      // partners, their MOUs, their history in Administration: 3); the seven other units' (the partners'
      // history there, activities read in the same statement: 1 each). Recent cases of several activities
      // cost the same as those of one.
      // A partner's history, nine fetches: Administration's (the partner, its MOUs, its history there: 3)
      // and the eight other units' (1 each).
      expect(small).toEqual({ oneActivity: 5 + 3 + 7, recent: 5 + 3 + 7, history: 3 + 8 });
      await grow();
      await addPartners(6, 3);
      expect(await costs()).toEqual(small);
    });
  });
});
