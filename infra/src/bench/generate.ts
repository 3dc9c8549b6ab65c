import { fillActivityWords, quoteIdent, type DataSource } from '@sesao28/kit';

export interface Volume {
  activities: number;
  feedback: number;
  /** Organisations in Administration's register of partners. */
  partners: number;
  /** Same seed, same rows: the generator is repeatable. */
  seed: string;
}

export const DEFAULT_VOLUME: Volume = { activities: 10_000, feedback: 100_000, partners: 300, seed: 'sesao28' };

/** The share of each unit's activities run with partners (1 in 10), and how many each names (1–3). */
export const PARTNERED_ACTIVITIES_ONE_IN = 10;
export const MAX_PARTNERS_PER_ACTIVITY = 3;

const TITLES = [
  'ประชุมรับฟังความคิดเห็นผู้ปกครองเรื่องการจัดการเรียนการสอน',
  'เผยแพร่ผลการดำเนินงานประจำไตรมาส',
  'ประชุมเครือข่ายผู้บริหารสถานศึกษา',
  'อบรมเชิงปฏิบัติการพัฒนาครูด้านการวัดผล',
  'สำรวจความต้องการจำเป็นของสถานศึกษา',
  'ลงนามบันทึกข้อตกลงความร่วมมือกับองค์กรปกครองส่วนท้องถิ่น',
  'กิจกรรมนักเรียนแกนนำจัดค่ายวิชาการ',
];
const MESSAGES = [
  'ขอให้ปรับปรุงการแจ้งข่าวสารให้รวดเร็วขึ้น',
  'สอบถามกำหนดการรับสมัครนักเรียน',
  'ร้องเรียนเรื่องความล่าช้าในการเบิกจ่ายค่าตอบแทน',
  'ขอบคุณเจ้าหน้าที่ที่ให้บริการดีมาก',
  'เสนอให้จัดอบรมครูช่วงปิดภาคเรียน',
  'อินเทอร์เน็ตของโรงเรียนใช้งานไม่ได้หลายวัน',
];
// Partners of the register's kinds: Thai name prefixes per kind, places of Sisaket and Yasothon.
const PARTNER_KINDS: Record<string, string> = {
  SCHOOL: 'โรงเรียนบ้าน',
  PARENT_NETWORK: 'เครือข่ายผู้ปกครองอำเภอ',
  SCHOOL_BOARD: 'คณะกรรมการสถานศึกษาขั้นพื้นฐานโรงเรียนบ้าน',
  COMMUNITY_ORGANISATION: 'สภาองค์กรชุมชนตำบล',
  BUSINESS: 'หอการค้าและผู้ประกอบการอำเภอ',
  AGENCY: 'องค์การบริหารส่วนตำบล',
  FOUNDATION: 'มูลนิธิเพื่อการศึกษาอำเภอ',
};
const PLACES = [
  'กันทรลักษ์',
  'ขุขันธ์',
  'อุทุมพรพิสัย',
  'กันทรารมย์',
  'ราษีไสล',
  'ศรีรัตนะ',
  'มหาชนะชัย',
  'เลิงนกทา',
  'คำเขื่อนแก้ว',
  'ป่าติ้ว',
  'ทรายมูล',
  'กุดชุม',
];
const ROLES = ['ร่วมจัดกิจกรรม', 'สนับสนุนงบประมาณ', 'ร่วมเป็นวิทยากร', 'ร่วมเป็นกรรมการ', 'สนับสนุนสถานที่', 'ร่วมติดตามประเมินผล'];
const thaiArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]`;

/** A deterministic number 0..m-1 for row n of one column: repeatable from the seed. */
const pick = (column: string, m: number | string) => `(abs(hashtext($1 || '${column}' || n::text)) % ${m})`;
const partnerId = (k: string) => `md5($1 || ':p:' || ${k})::uuid`;

/**
 * Fills Administration's register of partners in two statements: organisations of every
 * kind with Thai names, registered over five years, and an MOU for every third one.
 * Ids derive from the seed (the units' links name the same ids), so a second run adds nothing.
 */
export async function generatePartners(dataSource: DataSource, schemaName: string, volume: Volume): Promise<void> {
  const s = quoteIdent(schemaName);
  const kinds = Object.keys(PARTNER_KINDS);
  await dataSource.query(
    `INSERT INTO ${s}.partner (id, name_th, name_en, kind, province, registered_at)
     SELECT ${partnerId('n')}, (${thaiArray(Object.values(PARTNER_KINDS))})[k] || (${thaiArray(PLACES)})[1 + ${pick('place', PLACES.length)}] || ' ' || n,
            'Partner ' || n, (${thaiArray(kinds)})[k], (ARRAY['ศรีสะเกษ', 'ยโสธร'])[1 + ${pick('province', 2)}],
            timestamptz '2021-10-01 00:00+07' + (${pick('registered', 5 * 365)} * interval '1 day')
     FROM generate_series(1, $2::int) AS n, LATERAL (SELECT 1 + ${pick('kind', kinds.length)} AS k) t
     ON CONFLICT (id) DO NOTHING`,
    [volume.seed, volume.partners],
  );
  await dataSource.query(
    `INSERT INTO ${s}.partner_agreement (id, partner_id, title, signed_at, starts_on, ends_on)
     SELECT md5($1 || ':mou:' || n)::uuid, ${partnerId('n')}, 'บันทึกข้อตกลงความร่วมมือด้านการจัดการศึกษา ฉบับที่ ' || n,
            starts - 7, starts, starts + (365 * (1 + ${pick('years', 3)}))
     FROM generate_series(1, $2::int) AS n, LATERAL (SELECT date '2021-10-01' + ${pick('mou', 5 * 365)}::int AS starts) t
     WHERE n % 3 = 0
     ON CONFLICT (id) DO NOTHING`,
    [volume.seed, volume.partners],
  );
  await dataSource.query(`ANALYZE ${s}.partner`);
}

/**
 * Names partners of the register on one in ten of the unit's activities, one to three
 * each with a Thai role, in one statement. The unit's schema name salts the choice, so
 * every unit works with its own mix of partners (a partner has a history in several units).
 * No participant rows: their keys need the running system's secret, and no shape counts them.
 */
async function linkPartners(dataSource: DataSource, schemaName: string, volume: Volume): Promise<void> {
  const s = quoteIdent(schemaName);
  const salted = (column: string, m: number | string, i = '') => `(abs(hashtext($1 || $4 || '${column}' || n::text${i})) % ${m})`;
  await dataSource.query(
    `INSERT INTO ${s}.activity_partner (activity_id, partner_id, role_th)
     SELECT md5($1 || ':a:' || n)::uuid, ${partnerId(`(1 + ${salted('partner', '$3::int', " || ':' || i")})`)},
            (${thaiArray(ROLES)})[1 + ${salted('role', ROLES.length, " || ':' || i")}]
     FROM generate_series(1, $2::int) AS n, generate_series(1, ${MAX_PARTNERS_PER_ACTIVITY}) AS i
     WHERE ${salted('partnered', PARTNERED_ACTIVITIES_ONE_IN)} = 0 AND i <= 1 + ${salted('count', MAX_PARTNERS_PER_ACTIVITY)}
     ON CONFLICT (activity_id, partner_id) DO NOTHING`,
    [volume.seed, volume.activities, volume.partners, schemaName],
  );
}

/**
 * Fills one unit with a realistic volume in three statements (INSERT … SELECT over
 * generate_series, no round trips per row): activities and cases spread over five
 * fiscal years (B.E. 2565–2569), Thai text, every level, status, category and channel,
 * and the register's partners named on one in ten activities (`generatePartners` fills the register).
 * Rows already there are kept (ids derive from the seed), so a second run adds nothing.
 */
export async function generateUnitData(dataSource: DataSource, schemaName: string, volume: Volume): Promise<void> {
  const s = quoteIdent(schemaName);
  const fiveYears = `timestamptz '2021-10-01 00:00+07' + (${pick('t', 5 * 365 * 24)} * interval '1 hour')`;
  await dataSource.query(
    `INSERT INTO ${s}.activity (id, title_th, title_en, body_th, level, status, starts_at, ends_at, created_at, updated_at)
     SELECT md5($1 || ':a:' || n)::uuid,
            (${thaiArray(TITLES)})[1 + ${pick('title', TITLES.length)}] || ' ครั้งที่ ' || n,
            'Activity ' || n,
            'รายละเอียดกิจกรรมสำหรับการทดสอบประสิทธิภาพ',
            (ARRAY['INFORM','CONSULT','INVOLVE','COLLABORATE','EMPOWER'])[1 + ${pick('level', 5)}],
            (ARRAY['PUBLISHED','PUBLISHED','OPEN','CLOSED','ARCHIVED'])[1 + ${pick('status', 5)}],
            starts, starts + interval '30 days', starts, starts
     FROM generate_series(1, $2::int) AS n, LATERAL (SELECT ${fiveYears} AS starts) t
     ON CONFLICT (id) DO NOTHING`,
    [volume.seed, volume.activities],
  );
  // Their Thai words for search: ICU splits them in JavaScript, 2,000 rows a statement.
  await fillActivityWords(dataSource, s);
  await dataSource.query(
    `INSERT INTO ${s}.feedback (id, activity_id, category, channel, message, status, received_at, acknowledged_at,
        answered_at, answer, due_acknowledge_at, due_answer_at, case_code, created_at, updated_at)
     SELECT md5($1 || ':f:' || n)::uuid,
            CASE WHEN ${pick('linked', 10)} < 3 THEN md5($1 || ':a:' || (1 + ${pick('activity', '$3::int')}))::uuid END,
            (ARRAY['OPINION','SUGGESTION','QUESTION','COMPLAINT','COMPLIMENT'])[1 + ${pick('category', 5)}],
            (ARRAY['WEB','PHONE','LETTER','WALK_IN','EMAIL','LINE','MEETING'])[1 + ${pick('channel', 7)}],
            (${thaiArray(MESSAGES)})[1 + ${pick('message', MESSAGES.length)}] || ' (' || n || ')',
            status, received,
            CASE WHEN status <> 'RECEIVED' THEN received + (${pick('ack', 96)} * interval '1 hour') END,
            CASE WHEN status IN ('ANSWERED', 'CLOSED') THEN received + (${pick('answer', 30 * 24)} * interval '1 hour') END,
            CASE WHEN status IN ('ANSWERED', 'CLOSED') THEN 'ขอบคุณสำหรับความคิดเห็น หน่วยงานได้ดำเนินการแล้ว' END,
            received + interval '5 days', received + interval '21 days',
            'BENCH-' || upper(substr(md5($1 || ':c:' || n), 1, 12)),
            received, received
     FROM generate_series(1, $2::int) AS n,
          LATERAL (SELECT ${fiveYears.replace("'t'", "'r'")} AS received,
                          (ARRAY['RECEIVED','ACKNOWLEDGED','IN_PROGRESS','ANSWERED','ANSWERED','ANSWERED','CLOSED','REJECTED'])[1 + ${pick('st', 8)}] AS status) t
     ON CONFLICT (id) DO NOTHING`,
    [volume.seed, volume.feedback, volume.activities],
  );
  if (volume.partners > 0) await linkPartners(dataSource, schemaName, volume);
  // VACUUM sets the visibility map, so the stats indexes answer without visiting the heap.
  await dataSource.query(`VACUUM ANALYZE ${s}.activity`);
  await dataSource.query(`VACUUM ANALYZE ${s}.feedback`);
  await dataSource.query(`ANALYZE ${s}.activity_partner`);
}

/**
 * The joint activity shape (c) starts from: of those with the most partners, the one with the
 * most cases (then the smallest id), so the same seed gives the same request.
 */
export async function busiestPartneredActivity(
  dataSource: DataSource,
  schemaName: string,
): Promise<{ id: string; partners: number; cases: number }> {
  const s = quoteIdent(schemaName);
  const [row] = await dataSource.query(
    `SELECT ap.activity_id AS id, ap.partners, c.cases
     FROM (SELECT activity_id, count(*)::int AS partners FROM ${s}.activity_partner GROUP BY activity_id) ap,
          LATERAL (SELECT count(*)::int AS cases FROM ${s}.feedback f WHERE f.activity_id = ap.activity_id) c
     ORDER BY ap.partners DESC, c.cases DESC, ap.activity_id LIMIT 1`,
  );
  if (!row) throw new Error(`No activity of ${schemaName} has partners: generate the data with partners`);
  return row;
}
