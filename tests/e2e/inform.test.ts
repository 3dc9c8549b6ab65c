import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@sesao28/kit';
import { seedNotices } from '@sesao28/infra';
import { startTestStack, type TestStack } from '../support/test-stack.js';

const NOTICE_FIELDS = 'id unitCode kind titleTh titleEn bodyTh bodyEn publishedAt lastReviewedAt reviewDueAt stale activityId';
const PUBLISH = (slug: string) => `mutation ($input: NoticeInput!) { ${slug} { publishNotice(input: $input) { ${NOTICE_FIELDS} } } }`;
const REVISE = (slug: string) =>
  `mutation ($id: ID!, $input: NoticeInput!) { ${slug} { reviseNotice(id: $id, input: $input) { ${NOTICE_FIELDS} } } }`;
const REVIEWED = (slug: string) => `mutation ($id: ID!) { ${slug} { markNoticeReviewed(id: $id) { ${NOTICE_FIELDS} } } }`;
const INTERVAL = (slug: string) => `mutation ($days: Int!) { ${slug} { setReviewInterval(days: $days) } }`;
const ATTACH = (slug: string) =>
  `mutation ($id: ID!, $input: AttachmentInput!) { ${slug} { addNoticeAttachment(noticeId: $id, input: $input) { id fileName mimeType sizeBytes sha256 altTextTh altTextEn downloadUrl } } }`;
const FEED = `query ($first: Int, $after: String, $kinds: [NoticeKind!]) { officeFeed(first: $first, after: $after, kinds: $kinds) {
  items { cursor unit { code nameTh } notice { id unitCode kind titleTh publishedAt attachments { fileName } } }
  pageInfo { hasNextPage endCursor } unitsUnavailable { code } } }`;

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('ประกาศรับสมัครนักเรียน ปีการศึกษา 2569\n'.repeat(200))]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('inform: notices that are true, correct, up to date and reachable', () => {
  let t: TestStack;
  let files: string;
  const published: Record<string, string[]> = { financeAssets: [], personnel: [] };

  const publish = async (slug: 'financeAssets' | 'personnel', titleTh: string, kind = 'NEWS') => {
    const res = await t.staff(PUBLISH(slug), { input: { kind, titleTh, bodyTh: `รายละเอียด: ${titleTh}`, titleEn: 'Notice' } });
    expect(res.errors).toBeUndefined();
    const notice = res.data?.[slug].publishNotice;
    published[slug]!.push(notice.id);
    return notice;
  };
  /** Rows of one table of one unit, straight from PostgreSQL (to prove a refusal wrote nothing). */
  const rows = async (slug: string, table: string) => {
    const unit = t.stack.units.get(slug)!;
    const [row] = await unit.server.db.dataSource.query(`SELECT count(*)::int AS n FROM ${unit.unit.manifest.schemaName}.${table}`);
    return row.n as number;
  };

  beforeAll(async () => {
    t = await startTestStack();
    files = t.stack.gatewayUrl.replace(/\/graphql$/, '');
  });
  afterAll(async () => t?.close());

  it('publishes notices in two units on INFORM activities, for everyone to read', async () => {
    const finance = await publish('financeAssets', 'ประกาศผลการจัดซื้อครุภัณฑ์คอมพิวเตอร์', 'ANNOUNCEMENT');
    expect(finance).toMatchObject({ unitCode: 'FINANCE', kind: 'ANNOUNCEMENT', stale: false, titleEn: 'Notice', bodyEn: null });
    expect(finance.lastReviewedAt).toBe(finance.publishedAt);
    expect(new Date(finance.reviewDueAt).getTime() - new Date(finance.publishedAt).getTime()).toBe(180 * 86_400_000);
    const personnel = await publish('personnel', 'ข่าวการสอบคัดเลือกครูผู้ช่วย');

    const read = await t.query(`{ financeAssets { notices(first: 5) { totalCount nodes { id titleTh bodyTh } } reviewIntervalDays }
      personnel { notice(id: "${personnel.id}") { id unitCode titleTh attachments { id } } } }`);
    expect(read.errors).toBeUndefined();
    expect(read.data?.financeAssets.notices.nodes).toEqual([{ id: finance.id, titleTh: finance.titleTh, bodyTh: finance.bodyTh }]);
    expect(read.data?.financeAssets.notices.totalCount).toBe(1);
    expect(read.data?.financeAssets.reviewIntervalDays).toBe(180);
    expect(read.data?.personnel.notice).toEqual({ id: personnel.id, unitCode: 'PERSONNEL', titleTh: personnel.titleTh, attachments: [] });
    const elsewhere = await t.query(`{ financeAssets { notice(id: "${personnel.id}") { id } } personnel { notice(id: "nope") { id } } }`);
    expect(elsewhere.data?.financeAssets.notice).toBeNull();
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('INVALID_ID');

    // The activity it stands on: INFORM, with the notice's own title and body (search finds it).
    const activities = await t.query(
      `{ financeAssets { activities(first: 5, filter: { levels: [INFORM], search: "ครุภัณฑ์คอมพิวเตอร์" }) { nodes { id level titleTh bodyTh status } } } }`,
    );
    expect(activities.data?.financeAssets.activities.nodes).toContainEqual({
      id: finance.activityId,
      level: 'INFORM',
      titleTh: finance.titleTh,
      bodyTh: finance.bodyTh,
      status: 'PUBLISHED',
    });
  });

  it('revises a notice and its activity, and confirms one as still correct', async () => {
    const notice = await publish('financeAssets', 'ข่าวการอบรมเจ้าหน้าที่พัสดุ');
    const revised = await t.as('UNIT_STAFF', 'FINANCE')(REVISE('financeAssets'), {
      id: notice.id,
      input: { kind: 'DOCUMENT', titleTh: 'คู่มือการจัดซื้อจัดจ้าง ฉบับปรับปรุง', bodyTh: 'แก้ไขวันที่อบรมเป็นวันที่ 15' },
    });
    expect(revised.errors).toBeUndefined();
    const after = revised.data?.financeAssets.reviseNotice;
    expect(after).toMatchObject({
      id: notice.id,
      kind: 'DOCUMENT',
      titleTh: 'คู่มือการจัดซื้อจัดจ้าง ฉบับปรับปรุง',
      titleEn: null,
      publishedAt: notice.publishedAt,
    });
    expect(new Date(after.lastReviewedAt).getTime()).toBeGreaterThan(new Date(notice.lastReviewedAt).getTime());
    const activity = await t.query(
      `{ financeAssets { activities(first: 1, filter: { search: "ฉบับปรับปรุง" }) { nodes { id titleTh bodyTh } } } }`,
    );
    expect(activity.data?.financeAssets.activities.nodes).toEqual([
      { id: notice.activityId, titleTh: after.titleTh, bodyTh: after.bodyTh },
    ]);

    const confirmed = await t.staff(REVIEWED('financeAssets'), { id: notice.id });
    const reviewed = confirmed.data?.financeAssets.markNoticeReviewed;
    expect(reviewed.titleTh).toBe(after.titleTh);
    expect(new Date(reviewed.lastReviewedAt).getTime()).toBeGreaterThan(new Date(after.lastReviewedAt).getTime());
  });

  it("pages a unit's notices newest first without overlap", async () => {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const res: any = await t.query(
        `query ($after: String) { financeAssets { notices(first: 1, after: $after) { nodes { id publishedAt } pageInfo { hasNextPage endCursor } } } }`,
        { after },
      );
      const page = res.data.financeAssets.notices;
      ids.push(...page.nodes.map((n: { id: string }) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual([...published.financeAssets!].reverse());
  });

  it("merges every unit's notices in the office feed, newest first, paged without overlap", async () => {
    await publish('personnel', 'ประกาศรายชื่อผู้ผ่านการคัดเลือก', 'ANNOUNCEMENT');
    await publish('financeAssets', 'ข่าวการเบิกจ่ายงบประมาณไตรมาสที่ 2');
    const all = await t.query(FEED, { first: 100 });
    expect(all.errors).toBeUndefined();
    const items = all.data?.officeFeed.items;
    const mine = [...published.financeAssets!, ...published.personnel!];
    expect(items.map((i: any) => i.notice.id).sort()).toEqual([...mine].sort());
    const times = items.map((i: any) => new Date(i.notice.publishedAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(items[0].notice.titleTh).toBe('ข่าวการเบิกจ่ายงบประมาณไตรมาสที่ 2');
    expect(items[1].notice.titleTh).toBe('ประกาศรายชื่อผู้ผ่านการคัดเลือก');
    expect(items[1].unit).toEqual({ code: 'PERSONNEL', nameTh: 'กลุ่มบริหารงานบุคคล' });
    expect(all.data?.officeFeed.unitsUnavailable).toEqual([]);

    const paged: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const res: any = await t.query(FEED, { first: 2, after });
      expect(res.errors).toBeUndefined();
      paged.push(...res.data.officeFeed.items.map((i: any) => i.notice.id));
      if (!res.data.officeFeed.pageInfo.hasNextPage) break;
      after = res.data.officeFeed.pageInfo.endCursor;
    }
    expect(paged).toEqual(items.map((i: any) => i.notice.id));

    const announcements = await t.query(FEED, { kinds: ['ANNOUNCEMENT'] });
    expect(announcements.data?.officeFeed.items.map((i: any) => i.notice.titleTh)).toEqual([
      'ประกาศรายชื่อผู้ผ่านการคัดเลือก',
      'ประกาศผลการจัดซื้อครุภัณฑ์คอมพิวเตอร์',
    ]);
    const forged = await t.query(FEED, { after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CURSOR', messageTh: expect.stringMatching(/[ก-๙]/) });
  });

  it('counts a notice as stale once its review interval has passed, until someone confirms it', async () => {
    const notice = await publish('personnel', 'ประกาศปฏิทินการย้ายครู');
    const short = await t.staff(INTERVAL('personnel'), { days: 7 });
    expect(short.data?.personnel.setReviewInterval).toBe(7);
    // Eight days cannot pass in a test: the notice is moved back in time, the only way to age it.
    const unit = t.stack.units.get('personnel')!;
    await unit.server.db.dataSource.query(
      `UPDATE ${unit.unit.manifest.schemaName}.notice SET published_at = published_at - interval '8 days', last_reviewed_at = last_reviewed_at - interval '8 days' WHERE id = $1`,
      [notice.id],
    );
    const read =
      await t.query(`{ personnel { reviewIntervalDays notices(first: 20) { nodes { id stale lastReviewedAt reviewDueAt } } stats { noticesPublished noticesStale } }
      officeStats { noticesPublished noticesStale } }`);
    expect(read.errors).toBeUndefined();
    const nodes = read.data?.personnel.notices.nodes;
    const aged = nodes.find((n: { id: string }) => n.id === notice.id);
    expect(aged.stale).toBe(true);
    expect(new Date(aged.reviewDueAt).getTime() - new Date(aged.lastReviewedAt).getTime()).toBe(7 * 86_400_000);
    expect(nodes.filter((n: { stale: boolean }) => !n.stale)).toHaveLength(nodes.length - 1);
    // The stats count with the same rule, in SQL.
    expect(read.data?.personnel.stats).toEqual({ noticesPublished: nodes.length, noticesStale: 1 });
    expect(read.data?.officeStats).toEqual({
      noticesPublished: published.financeAssets!.length + published.personnel!.length,
      noticesStale: 1,
    });

    await t.staff(REVIEWED('personnel'), { id: notice.id });
    const after = await t.query(`{ personnel { notice(id: "${notice.id}") { stale } stats { noticesStale } } }`);
    expect(after.data?.personnel).toEqual({ notice: { stale: false }, stats: { noticesStale: 0 } });

    for (const days of [6, 1096]) {
      const refused = await t.staff(INTERVAL('personnel'), { days });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'REVIEW_INTERVAL_OUT_OF_RANGE',
        messageTh: expect.stringContaining('7'),
        messageEn: expect.stringContaining('1095'),
      });
    }
    expect((await t.query(`{ personnel { reviewIntervalDays } }`)).data?.personnel.reviewIntervalDays).toBe(7);
  });

  it('serves an attachment to anyone through the gateway, byte for byte, with its checksum as ETag', async () => {
    const noticeId = published.financeAssets![0]!;
    const fileName = 'ประกาศรับสมัคร (ฉบับที่ 1).pdf';
    const added = await t.as('UNIT_STAFF', 'FINANCE')(ATTACH('financeAssets'), {
      id: noticeId,
      input: { fileName: `../../${fileName}`, mimeType: 'application/pdf', contentBase64: PDF.toString('base64'), sha256: sha(PDF) },
    });
    expect(added.errors).toBeUndefined();
    const attachment = added.data?.financeAssets.addNoticeAttachment;
    expect(attachment).toMatchObject({
      fileName,
      mimeType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha(PDF),
      downloadUrl: `/files/FINANCE/${attachment.id}`,
    });

    const listed = await t.query(`{ financeAssets { notice(id: "${noticeId}") { attachments { id fileName sha256 downloadUrl } } } }`);
    expect(listed.data?.financeAssets.notice.attachments).toEqual([
      { id: attachment.id, fileName, sha256: sha(PDF), downloadUrl: attachment.downloadUrl },
    ]);
    const feed = await t.query(FEED, { first: 100 });
    expect(feed.data?.officeFeed.items.find((i: any) => i.notice.id === noticeId).notice.attachments).toEqual([{ fileName }]);

    const download = await fetch(`${files}${attachment.downloadUrl}`);
    expect(download.status).toBe(200);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.equals(PDF)).toBe(true);
    expect(sha(bytes)).toBe(attachment.sha256);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('etag')).toBe(`"${sha(PDF)}"`);
    const disposition = download.headers.get('content-disposition')!;
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe(fileName);
    const again = await fetch(`${files}${attachment.downloadUrl}`, { headers: { 'if-none-match': `"${sha(PDF)}"` } });
    expect(again.status).toBe(304);

    for (const missing of [
      `/files/FINANCE/${randomUUID()}`,
      `/files/NOWHERE/${attachment.id}`,
      '/files/FINANCE/not-an-id',
      `/files/PERSONNEL/${attachment.id}`,
    ]) {
      const res = await fetch(`${files}${missing}`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('ATTACHMENT_NOT_FOUND');
    }
  });

  it('takes a file of exactly 2 MiB through the gateway and refuses one byte more', async () => {
    const noticeId = published.financeAssets![0]!;
    const full = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * 1024 * 1024 - 9, 0x20)]);
    const ok = await t.staff(ATTACH('financeAssets'), {
      id: noticeId,
      input: { fileName: 'แผนงาน.pdf', mimeType: 'application/pdf', contentBase64: full.toString('base64') },
    });
    expect(ok.errors).toBeUndefined();
    const download = await fetch(`${files}${ok.data?.financeAssets.addNoticeAttachment.downloadUrl}`);
    expect(sha(Buffer.from(await download.arrayBuffer()))).toBe(sha(full));
    const before = await rows('financeAssets', 'notice_attachment');
    const big = await t.staff(ATTACH('financeAssets'), {
      id: noticeId,
      input: {
        fileName: 'ใหญ่เกิน.pdf',
        mimeType: 'application/pdf',
        contentBase64: Buffer.concat([full, Buffer.from(' ')]).toString('base64'),
      },
    });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', messageTh: expect.stringMatching(/[ก-๙]/) });
    expect(await rows('financeAssets', 'notice_attachment')).toBe(before);
  });

  it('refuses every bad input with its code, in Thai and English, and writes nothing', async () => {
    const noticeId = published.financeAssets![0]!;
    const pdf = { fileName: 'เอกสาร.pdf', mimeType: 'application/pdf', contentBase64: PDF.toString('base64') };
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'a type not on the list',
        { ...pdf, mimeType: 'text/html', contentBase64: Buffer.from('<script>alert(1)</script>').toString('base64') },
        'ATTACHMENT_TYPE_NOT_ALLOWED',
      ],
      ['a PNG declared as PDF', { ...pdf, contentBase64: PNG.toString('base64') }, 'ATTACHMENT_TYPE_MISMATCH'],
      [
        'a PDF declared as a Word file',
        { ...pdf, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
        'ATTACHMENT_TYPE_MISMATCH',
      ],
      ['a wrong checksum', { ...pdf, sha256: sha(PNG) }, 'ATTACHMENT_CHECKSUM_MISMATCH'],
      [
        'an image without a Thai description',
        { fileName: 'ผัง.png', mimeType: 'image/png', contentBase64: PNG.toString('base64'), altTextEn: 'Map' },
        'ALT_TEXT_REQUIRED',
      ],
      ['content that is not base64', { ...pdf, contentBase64: '%%%' }, 'ATTACHMENT_NOT_BASE64'],
    ];
    const before = {
      attachments: await rows('financeAssets', 'notice_attachment'),
      notices: await rows('financeAssets', 'notice'),
      activities: await rows('financeAssets', 'activity'),
    };
    for (const [what, input, code] of cases) {
      const res = await t.staff(ATTACH('financeAssets'), { id: noticeId, input });
      expect(res.errors?.[0]?.extensions, what).toMatchObject({
        code,
        messageTh: expect.stringMatching(/[ก-๙]/),
        messageEn: expect.any(String),
      });
    }
    const nowhere = randomUUID();
    expect((await t.staff(ATTACH('financeAssets'), { id: nowhere, input: pdf })).errors?.[0]?.extensions).toMatchObject({
      code: 'NOTICE_NOT_FOUND',
      field: 'noticeId',
    });
    // A notice of another unit is not this unit's.
    expect((await t.staff(ATTACH('financeAssets'), { id: published.personnel![0], input: pdf })).errors?.[0]?.extensions?.code).toBe(
      'NOTICE_NOT_FOUND',
    );
    const input = { kind: 'NEWS', titleTh: 'ข่าว', bodyTh: 'เนื้อหา' };
    expect((await t.staff(REVISE('financeAssets'), { id: nowhere, input })).errors?.[0]?.extensions).toMatchObject({
      code: 'NOTICE_NOT_FOUND',
      messageTh: 'ไม่พบประกาศหรือข่าวที่ระบุในหน่วยงานนี้',
    });
    expect((await t.staff(REVIEWED('financeAssets'), { id: 'not-a-uuid' })).errors?.[0]?.extensions?.code).toBe('NOTICE_NOT_FOUND');
    expect((await t.staff(PUBLISH('financeAssets'), { input: { ...input, titleTh: '   ' } })).errors?.[0]?.extensions?.code).toBe(
      'TEXT_REQUIRED',
    );
    expect(
      (await t.staff(PUBLISH('financeAssets'), { input: { ...input, bodyTh: 'ก'.repeat(20001) } })).errors?.[0]?.extensions?.code,
    ).toBe('TEXT_TOO_LONG');
    expect({
      attachments: await rows('financeAssets', 'notice_attachment'),
      notices: await rows('financeAssets', 'notice'),
      activities: await rows('financeAssets', 'activity'),
    }).toEqual(before);
  });

  it("lets only the unit's own staff publish, and only its head set the interval", async () => {
    const input = { kind: 'NEWS', titleTh: 'ข่าวที่ไม่ควรเผยแพร่', bodyTh: 'เนื้อหา' };
    const before = await rows('financeAssets', 'notice');
    const other = await t.as('UNIT_HEAD', 'PERSONNEL')(PUBLISH('financeAssets'), { input });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', messageTh: expect.stringMatching(/[ก-๙]/) });
    expect((await t.query(PUBLISH('financeAssets'), { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const id = published.financeAssets![0];
    expect((await t.as('UNIT_STAFF', 'PERSONNEL')(REVIEWED('financeAssets'), { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (
        await t.as('UNIT_STAFF', 'PERSONNEL')(ATTACH('financeAssets'), {
          id,
          input: { fileName: 'a.txt', mimeType: 'text/plain', contentBase64: 'YQ==' },
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await t.as('UNIT_STAFF', 'FINANCE')(INTERVAL('financeAssets'), { days: 30 })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rows('financeAssets', 'notice')).toBe(before);
    expect((await t.query(`{ financeAssets { reviewIntervalDays } }`)).data?.financeAssets.reviewIntervalDays).toBe(180);
  });

  it('seeds two Thai notices per unit once, however often the seed runs', async () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    const count = async () =>
      (await t.query(`{ supervision { notices { totalCount nodes { kind titleTh } } } }`)).data?.supervision.notices;
    const supervision = t.stack.units.get('supervision')!;
    await seedNotices(supervision.url, config, supervision.unit);
    const first = await count();
    expect(first.totalCount).toBe(2);
    expect(first.nodes.map((n: { kind: string }) => n.kind).sort()).toEqual(['ANNOUNCEMENT', 'NEWS']);
    expect(first.nodes.every((n: { titleTh: string }) => /[ก-๙]/.test(n.titleTh))).toBe(true);
    await seedNotices(supervision.url, config, supervision.unit);
    expect(await count()).toEqual(first);
  });

  it('still gives the rest of the office feed when a unit does not answer, and names it', async () => {
    await t.stack.stopUnit('personnel');
    const res = await t.query(FEED, { first: 100 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.officeFeed.unitsUnavailable).toEqual([{ code: 'PERSONNEL' }]);
    expect(
      res.data?.officeFeed.items
        .filter((i: any) => i.unit.code !== 'SUPERVISION')
        .map((i: any) => i.notice.id)
        .sort(),
    ).toEqual([...published.financeAssets!].sort());
  });
});
