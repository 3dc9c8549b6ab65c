import { createHmac, randomUUID } from 'node:crypto';
import { GATEWAY_ASSERTION_HEADER, loadConfig } from '@sesao28/kit';
import { unitRegistry } from '@sesao28/schema';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const ID = randomUUID();
/** Every kind of protected read, one alias each. */
const READS = `
  cases: feedback(first: 1) { nodes { id } }
  oneCase: case(id: "${ID}") { id }
  templates: answerTemplates { id }`;
/** Every kind of protected write, one alias each (each refused on its own). */
const WRITES = [
  `acknowledgeCase(id: "${ID}") { id }`,
  `startCase(id: "${ID}") { id }`,
  `answerCase(id: "${ID}", answer: { answerTh: "ตอบ" }) { id }`,
  `answerCasesFromTemplate(ids: ["${ID}"], templateId: "${ID}") { id }`,
  `closeCase(id: "${ID}") { id }`,
  `rejectCase(id: "${ID}", reason: "ไม่รับ") { id }`,
  `transferCase(id: "${ID}", toUnit: "ADMIN") { id }`,
  `setDeadline(category: COMPLAINT, acknowledgeDays: 1, answerDays: 2) { category }`,
  `createAnswerTemplate(input: { titleTh: "ก", bodyTh: "ข" }) { id }`,
  `recordOutcome(input: { topicTh: "ก", participantsTh: "ข", resultsTh: "ค", improvementTh: "ง" }) { id }`,
  `reportOutcomeProgress(id: "${ID}", status: DONE, noteTh: "ก") { id }`,
  `openConsultation(input: { titleTh: "ก", kind: ONLINE_COMMENTS, opensAt: "2026-01-01T00:00:00Z", closesAt: "2026-02-01T00:00:00Z" }) { id }`,
  `closeConsultation(id: "${ID}") { id }`,
  `recordHearingMinutes(id: "${ID}", minutesTh: "ก") { id }`,
  `publishConsultationSummary(id: "${ID}", summaryTh: "ก") { id }`,
  `createSurvey(input: { titleTh: "ก", opensAt: "2026-01-01T00:00:00Z", closesAt: "2026-02-01T00:00:00Z", questions: [{ kind: FREE_TEXT, textTh: "ก" }] }) { id }`,
  `createSatisfactionSurvey(opensAt: "2026-01-01T00:00:00Z", closesAt: "2026-02-01T00:00:00Z") { id }`,
  `issueSurveyCodes(surveyId: "${ID}", count: 1)`,
  `linkPartner(activityId: "${ID}", partnerId: "${ID}", roleTh: "ก") { roleTh }`,
];

describe('who may see and do what', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack({ OUTBOX_INTERVAL_MS: '100' });
  });
  afterAll(async () => t?.close());

  it('denies every unit head every kind of read and write in the eight other units', async () => {
    let denials = 0;
    for (const own of unitRegistry) {
      const head = t.as('UNIT_HEAD', own.manifest.code, { confidential: true });
      for (const other of unitRegistry.filter((u) => u !== own)) {
        const slug = other.manifest.slug;
        const read = await head(`{ ${slug} { ${READS} } }`);
        const write = await head(`mutation { ${WRITES.map((w, i) => `w${i}: ${slug} { ${w} }`).join('\n')} }`);
        for (const res of [read, write]) {
          expect(res.status).toBe(200);
          const codes = res.errors?.map((e) => e.extensions?.code);
          expect(
            codes?.every((c) => c === 'FORBIDDEN'),
            `${own.manifest.code} → ${slug}: ${JSON.stringify(codes)}`,
          ).toBe(true);
          denials += codes?.length ?? 0;
        }
        expect(read.errors).toHaveLength(3);
        expect(write.errors).toHaveLength(WRITES.length);
      }
    }
    expect(denials).toBe(9 * 8 * (3 + WRITES.length));
  }, 120_000);

  it('asks the public to sign in for staff work, and lets it read and take part', async () => {
    const res = await t.query(`{ financeAssets { ${READS} } }`);
    expect(new Set(res.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['UNAUTHENTICATED']));
    const open = await t.query(
      `{ financeAssets { stats { feedbackReceived } activities(first: 1) { nodes { id } } consultations { nodes { id } } feedback(filter: { publicOnly: true }) { nodes { id } } } }`,
    );
    expect(open.errors).toBeUndefined();
  });

  it("keeps Internal Audit's cases to its named staff, even from its own other staff and the director", async () => {
    const submitted = await t.query(
      `mutation ($key: ID!) { submitFeedback(idempotencyKey: $key, input: { category: COMPLAINT, message: "แจ้งเบาะแสการทุจริตในการจัดซื้อ", unitCode: "AUDIT" }) { caseCode } }`,
      { key: randomUUID() },
    );
    expect(submitted.errors).toBeUndefined();
    const named = t.as('UNIT_STAFF', 'AUDIT', { confidential: true });
    await eventually(
      async () => (await named(`{ internalAudit { feedback { nodes { id } } } }`)).data?.internalAudit.feedback.nodes.length > 0,
    );
    for (const who of [t.as('UNIT_STAFF', 'AUDIT'), t.as('DIRECTOR'), t.as('ADMIN'), t.as('ANALYST')]) {
      const res = await who(`{ internalAudit { feedback { nodes { id } } } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lets only a head (or the complaint centre) transfer, and only a head set deadlines', async () => {
    const staff = t.as('UNIT_STAFF', 'FINANCE');
    const res = await staff(
      `mutation { a: financeAssets { transferCase(id: "${ID}", toUnit: "ADMIN") { id } } b: financeAssets { setDeadline(category: QUESTION, acknowledgeDays: 2, answerDays: 5) { category } } }`,
    );
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const centre = t.as('UNIT_STAFF', 'ADMIN');
    const routed = await centre(`mutation { administration { transferCase(id: "${ID}", toUnit: "FINANCE") { id } } }`);
    expect(routed.errors?.[0]?.extensions?.code).toBe('CASE_NOT_FOUND');
    const head = t.as('UNIT_HEAD', 'FINANCE');
    const set = await head(
      `mutation { financeAssets { setDeadline(category: QUESTION, acknowledgeDays: 2, answerDays: 5) { acknowledgeDays } } }`,
    );
    expect(set.data?.financeAssets.setDeadline.acknowledgeDays).toBe(2);
  });

  it('shows analysts pseudonymised cases: no case code, no contact details in the text', async () => {
    const message = 'ติดต่อกลับที่ somchai@example.co.th หรือ 081-234-5678 เรื่องเบิกจ่ายล่าช้า';
    const submitted = await t.query(
      `mutation ($key: ID!, $m: String!) { submitFeedback(idempotencyKey: $key, input: { category: COMPLAINT, message: $m, unitCode: "FINANCE" }) { caseCode } }`,
      { key: randomUUID(), m: message },
    );
    expect(submitted.errors).toBeUndefined();
    const seen = await eventually(async () => {
      const res = await t.as('ANALYST')(`{ financeAssets { feedback(filter: { search: "เบิกจ่ายล่าช้า" }) { nodes { code message } } } }`);
      return res.data?.financeAssets.feedback.nodes[0];
    });
    expect(seen).toEqual({ code: null, message: 'ติดต่อกลับที่ [อีเมล] หรือ [หมายเลข] เรื่องเบิกจ่ายล่าช้า' });
    const staffView = await t.as(
      'UNIT_STAFF',
      'FINANCE',
    )(`{ financeAssets { feedback(filter: { search: "เบิกจ่ายล่าช้า" }) { nodes { code message } } } }`);
    expect(staffView.data?.financeAssets.feedback.nodes[0]).toEqual({ code: submitted.data?.submitFeedback.caseCode, message });
  });

  it("finding: drafts are readable: a DRAFT activity is listed to its own unit's staff only", async () => {
    const title = `ร่างกิจกรรมที่ยังไม่เผยแพร่ ${crypto.randomUUID().slice(0, 8)}`;
    const made = await t.staff(`mutation ($i: ActivityInput!) { supervision { createActivity(input: $i) { id status } } }`, {
      i: { level: 'CONSULT', titleTh: title, startsAt: new Date().toISOString(), status: 'DRAFT' },
    });
    expect(made.data?.supervision.createActivity.status).toBe('DRAFT');
    const list = `query ($s: String) { supervision { activities(first: 100, filter: { search: $s }) { nodes { titleTh status } totalCount } } }`;
    const seenBy = async (who: (q: string, v?: Record<string, unknown>) => Promise<{ data?: any }>, statuses?: string[]) =>
      (await who(statuses ? list.replace('search: $s', `search: $s, statuses: [${statuses.join(', ')}]`) : list, { s: title })).data
        ?.supervision.activities;
    for (const who of [t.query, t.as('STAKEHOLDER'), t.as('UNIT_HEAD', 'FINANCE'), t.as('DIRECTOR')]) {
      expect(await seenBy(who)).toEqual({ nodes: [], totalCount: 0 });
      expect(await seenBy(who, ['DRAFT'])).toEqual({ nodes: [], totalCount: 0 });
    }
    expect(await seenBy(t.as('UNIT_STAFF', 'SUPERVISION'))).toEqual({ nodes: [{ titleTh: title, status: 'DRAFT' }], totalCount: 1 });
  });

  it('finding: analyst pseudonymisation: masked numbers cannot be searched for, and answers and rejection reasons are masked too', async () => {
    const message = `โทรกลับ 089-111-2233 เรื่องค่าเดินทางไปราชการ ${randomUUID().slice(0, 6)}`;
    const submitted = await t.query(
      `mutation ($key: ID!, $m: String!) { submitFeedback(idempotencyKey: $key, input: { category: COMPLAINT, message: $m, unitCode: "FINANCE" }) { caseCode } }`,
      { key: randomUUID(), m: message },
    );
    const id = await eventually(async () => {
      const res = await t.staff(`query ($s: String) { financeAssets { feedback(filter: { search: $s }) { nodes { id } } } }`, {
        s: 'ค่าเดินทางไปราชการ',
      });
      return res.data?.financeAssets.feedback.nodes[0]?.id as string | undefined;
    });
    await t.staff(`mutation ($id: ID!) { financeAssets { acknowledgeCase(id: $id) { id } } }`, { id });
    await t.staff(
      `mutation ($id: ID!) { financeAssets { answerCase(id: $id, answer: { answerTh: "โทรแจ้งที่ 089-111-2233 หรือ finance.case@example.org แล้ว" }) { id } } }`,
      {
        id,
      },
    );
    const analyst = t.as('ANALYST');
    // Digit by digit, a search would rebuild the masked number: refused, saying what to do instead.
    for (const probe of ['089', '2233', 'finance.case@']) {
      const res = await analyst(`query ($s: String) { financeAssets { feedback(filter: { search: $s }) { nodes { id } } } }`, { s: probe });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'ANALYST_SEARCH_MASKED',
        field: 'search',
        messageTh: expect.stringMatching(/ถ้อยคำ/),
      });
    }
    const seen = await analyst(`query ($id: ID!) { financeAssets { case(id: $id) { message answer } } }`, { id });
    expect(seen.data?.financeAssets.case).toEqual({
      message: message.replace('089-111-2233', '[หมายเลข]'),
      answer: 'โทรแจ้งที่ [หมายเลข] หรือ [อีเมล] แล้ว',
    });
    expect(submitted.errors).toBeUndefined();
  });

  it('JWTs without exp or sub: a token signed with the right key but missing either is refused with 401', async () => {
    const secret = loadConfig({ NODE_ENV: 'test' }).jwtSecret;
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const jwt = (claims: object) => {
      const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
      return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
    };
    const base = { iss: 'sesao28', aud: 'sesao28-api', role: 'ADMIN', iat: Math.floor(Date.now() / 1000) };
    const later = Math.floor(Date.now() / 1000) + 3600;
    const tokens = {
      complete: jwt({ ...base, sub: 'admin-1', exp: later }),
      noExp: jwt({ ...base, sub: 'admin-1' }),
      noSub: jwt({ ...base, exp: later }),
    };
    const ask = (token: string) =>
      fetch(t.stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ units { code } }' }),
      });
    expect((await ask(tokens.complete)).status).toBe(200);
    expect((await ask(tokens.noExp)).status).toBe(401);
    expect((await ask(tokens.noSub)).status).toBe(401);
  });

  it('refuses a forged or expired token with 401, never as the public', async () => {
    const forged = await fetch(t.stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiQURNSU4ifQ.bad' },
      body: JSON.stringify({ query: '{ units { code } }' }),
    });
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  /** A connection with the credentials a running unit's pool uses (its service role). */
  const asUnit = async (slug: string) => {
    const client = new pg.Client({ connectionString: t.stack.units.get(slug)!.server.db.access.poolUrl });
    await client.connect();
    return client;
  };
  /** The statement is refused for want of a privilege (SQLSTATE 42501), not for anything else. */
  const refused = async (client: pg.Client, sql: string) => {
    const error = await client.query(sql).then(
      () => null,
      (e: { code?: string }) => e,
    );
    expect(error?.code, sql).toBe('42501');
  };
  const asSuperuser = async <T>(work: (client: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  it("finding: one database superuser for all units — a unit's own credentials cannot read or write another unit's schema", async () => {
    // Each unit's pool is its own lesser role, and works in its own schema.
    for (const { manifest } of unitRegistry) {
      const running = t.stack.units.get(manifest.slug)!.server;
      const [who] = await running.db.dataSource.query(
        `SELECT current_user AS role, (SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user) AS powerful`,
      );
      expect(who).toEqual({ role: `${manifest.schemaName}_app`, powerful: false });
    }
    await asSuperuser(async (admin) => {
      // A table in Finance's own schema that its owner did not make: no grant reaches it.
      await admin.query(`CREATE TABLE unit_finance_assets.planted (id int); INSERT INTO unit_finance_assets.planted VALUES (1)`);
    });
    const finance = await asUnit('financeAssets');
    try {
      expect((await finance.query(`SELECT count(*)::int AS n FROM unit_finance_assets.feedback`)).rows[0].n).toBeGreaterThanOrEqual(0);
      for (const { manifest } of unitRegistry.filter((u) => u.manifest.slug !== 'financeAssets')) {
        await refused(finance, `SELECT count(*) FROM ${manifest.schemaName}.feedback`);
        await refused(finance, `SELECT count(*) FROM ${manifest.schemaName}.access_audit`);
      }
      await refused(
        finance,
        `INSERT INTO unit_personnel.access_audit (actor, role, action, record_ids) VALUES ('x', 'ADMIN', 'read', '{}')`,
      );
      await refused(finance, `UPDATE unit_personnel.feedback SET message = 'x'`);
      await refused(finance, `DELETE FROM unit_personnel.feedback`);
      await refused(finance, `SELECT * FROM unit_finance_assets.planted`);
      await refused(finance, `INSERT INTO unit_finance_assets.planted VALUES (2)`);
      // No DDL anywhere: not in its own schema, not in public, no new schema.
      await refused(finance, `CREATE TABLE unit_finance_assets.mine (id int)`);
      await refused(finance, `CREATE TABLE public.mine (id int)`);
      await refused(finance, `CREATE SCHEMA mine`);
      await refused(finance, `DROP TABLE unit_finance_assets.feedback`);
      await refused(finance, `SET ROLE unit_finance_assets_owner`);
    } finally {
      await finance.end();
    }
  });

  it('finding: the audit log belongs to a role the unit cannot alter', async () => {
    const finance = await asUnit('financeAssets');
    const audit = 'unit_finance_assets.access_audit';
    try {
      const [owner] = (
        await finance.query(
          `SELECT tableowner, pg_has_role(current_user, tableowner, 'MEMBER') AS member FROM pg_tables
            WHERE schemaname = 'unit_finance_assets' AND tablename = 'access_audit'`,
        )
      ).rows;
      expect(owner).toEqual({ tableowner: 'unit_finance_assets_owner', member: false });
      // What the unit does with its trail: append and read.
      await finance.query(`INSERT INTO ${audit} (actor, role, action, record_ids) VALUES ('tester', 'ADMIN', 'read', '{}')`);
      expect((await finance.query(`SELECT count(*)::int AS n FROM ${audit} WHERE actor = 'tester'`)).rows[0].n).toBe(1);
      for (const sql of [
        `DROP TRIGGER access_audit_no_change ON ${audit}`,
        `ALTER TABLE ${audit} DISABLE TRIGGER access_audit_no_change`,
        `ALTER TABLE ${audit} ADD COLUMN note text`,
        `DROP TABLE ${audit}`,
        `TRUNCATE ${audit}`,
        `CREATE OR REPLACE FUNCTION unit_finance_assets.access_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
        `DROP FUNCTION unit_finance_assets.access_audit_append_only()`,
        `UPDATE ${audit} SET actor = 'someone else'`,
        `DELETE FROM ${audit}`,
      ]) {
        await refused(finance, sql);
      }
      // Even with the triggers gone (only the owner could do that), the service role cannot rewrite the trail.
      await asSuperuser((admin) => admin.query(`ALTER TABLE ${audit} DISABLE TRIGGER USER`));
      try {
        await refused(finance, `UPDATE ${audit} SET actor = 'someone else'`);
        await refused(finance, `DELETE FROM ${audit}`);
        await refused(finance, `TRUNCATE ${audit}`);
      } finally {
        await asSuperuser((admin) => admin.query(`ALTER TABLE ${audit} ENABLE TRIGGER USER`));
      }
    } finally {
      await finance.end();
    }
    // Administration's staff directory log is append-only for its service role alike.
    const administration = await asUnit('administration');
    try {
      for (const sql of [
        `UPDATE unit_administration.staff_directory_change SET at = now()`,
        `DELETE FROM unit_administration.staff_directory_change`,
        `TRUNCATE unit_administration.staff_directory_change`,
        `DROP TRIGGER staff_directory_change_no_change ON unit_administration.staff_directory_change`,
      ]) {
        await refused(administration, sql);
      }
    } finally {
      await administration.end();
    }
  });
});

describe('subgraphs answer only the gateway', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack();
  });
  afterAll(async () => t?.close());

  it('refuses every direct call, _service and _entities included, with 401', async () => {
    const bodies = [
      { query: '{ __typename }' },
      { query: '{ _service { sdl } }' },
      {
        query: 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
        variables: { r: [{ __typename: 'FinanceAssetsUnit', code: 'FINANCE' }] },
      },
    ];
    let refused = 0;
    for (const running of t.stack.units.values()) {
      for (const body of bodies) {
        for (const headers of [{}, { [GATEWAY_ASSERTION_HEADER]: 'forged' }] as Record<string, string>[]) {
          const res = await fetch(running.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify(body),
          });
          expect(res.status).toBe(401);
          expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
          refused += 1;
        }
      }
      // The unit-to-unit endpoint wants the deployment's secret too.
      const inbox = await fetch(running.url.replace(/\/graphql$/, '/internal/messages'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(inbox.status).toBe(401);
    }
    expect(refused).toBe(9 * 3 * 2);
  });
});
