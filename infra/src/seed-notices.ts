import type { PlatformConfig, UnitModule } from '@sesao28/kit';
import { unitCaller } from './seed-call.js';
import { SEED_ACTIVITIES } from './seed-data.js';

/**
 * Two sample notices in every unit (measure 1, "inform"): an announcement from its own
 * INFORM topic and news of how to reach it, published through the unit's own API as its
 * head would, each with a fixed idempotency key, so running the seed again changes nothing.
 */
export async function seedNotices(unitUrl: string, config: PlatformConfig, unit: UnitModule): Promise<void> {
  const { code, slug, nameTh, nameEn } = unit.manifest;
  const call = await unitCaller(unitUrl, config, unit);
  const topic = SEED_ACTIVITIES[code]?.find((a) => a.level === 'INFORM');
  const notices = [
    {
      kind: 'ANNOUNCEMENT',
      titleTh: `ประกาศ${nameTh}: ${topic?.titleTh ?? 'แผนการดำเนินงานประจำปีงบประมาณ พ.ศ. 2569'}`,
      titleEn: topic ? `Announcement: ${topic.titleEn}` : null,
      bodyTh: topic?.bodyTh ?? `${nameTh} ประกาศแผนการดำเนินงานประจำปีงบประมาณ พ.ศ. 2569 ให้สถานศึกษาและผู้มีส่วนได้ส่วนเสียทราบโดยทั่วกัน`,
      bodyEn: topic?.bodyEn ?? null,
    },
    {
      kind: 'NEWS',
      titleTh: `ช่องทางติดต่อและเวลาให้บริการของ${nameTh}`,
      titleEn: `How to reach ${nameEn}`,
      bodyTh: `${nameTh} ให้บริการวันจันทร์ถึงวันศุกร์ เวลา 08.30–16.30 น. (เว้นวันหยุดราชการ) ติดต่อได้ที่สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาศรีสะเกษ ยโสธร หรือส่งความคิดเห็นและเรื่องร้องเรียนผ่านระบบนี้ได้ตลอด 24 ชั่วโมง`,
      bodyEn: `${nameEn} serves Monday to Friday, 08:30–16:30 (except public holidays); opinions and complaints can be sent through this platform at any time.`,
    },
  ];
  for (const [i, input] of notices.entries()) {
    await call(`notice-${i}`, `mutation ($input: NoticeInput!) { ${slug} { publishNotice(input: $input) { id } } }`, { input });
  }
}
