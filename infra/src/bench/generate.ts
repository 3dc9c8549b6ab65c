import { fillActivityWords, quoteIdent, type DataSource } from '@sesao28/kit';

export interface Volume {
  activities: number;
  feedback: number;
  /** Same seed, same rows: the generator is repeatable. */
  seed: string;
}

export const DEFAULT_VOLUME: Volume = { activities: 10_000, feedback: 100_000, seed: 'sesao28' };

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
const thaiArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]`;

/** A deterministic number 0..m-1 for row n of one column: repeatable from the seed. */
const pick = (column: string, m: number | string) => `(abs(hashtext($1 || '${column}' || n::text)) % ${m})`;

/**
 * Fills one unit with a realistic volume in two statements (INSERT … SELECT over
 * generate_series, no round trips per row): activities and cases spread over five
 * fiscal years (B.E. 2565–2569), Thai text, every level, status, category and channel.
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
  // VACUUM sets the visibility map, so the stats indexes answer without visiting the heap.
  await dataSource.query(`VACUUM ANALYZE ${s}.activity`);
  await dataSource.query(`VACUUM ANALYZE ${s}.feedback`);
}
