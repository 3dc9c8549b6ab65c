import type { PlatformConfig, UnitModule } from '@sesao28/kit';
import { unitCaller } from './seed-call.js';

const DAY = 86_400_000;

/** A moment `days` from the seed's run (windows stay open for people trying the platform). */
const daysFrom = (now: Date, days: number) => new Date(now.getTime() + days * DAY).toISOString();
const dateFrom = (now: Date, days: number) => daysFrom(now, days).slice(0, 10);

type Call = Awaited<ReturnType<typeof unitCaller>>;

interface Sample {
  /** The unit's list the sample goes into: seeded once, when that list is empty. */
  list: 'drafts' | 'votes' | 'initiatives' | 'delegations';
  write: (call: Call, slug: string, now: Date) => Promise<void>;
}

/**
 * Samples of the rest of the spectrum, so the portal has something open to take part in:
 * a draft open for suggestions (involve), a vote and a stakeholder-led initiative and a
 * delegated decision (empower), each in the unit that would run it. Their windows start
 * from the first run; a later run finds them and changes nothing.
 */
const SAMPLES: Record<string, Sample> = {
  POLICY: {
    list: 'drafts',
    write: async (call, slug, now) => {
      const input = {
        kind: 'PLAN',
        titleTh: 'ร่างแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2570',
        titleEn: 'Draft action plan for fiscal year 2027',
        bodyTh:
          'ร่างแผนปฏิบัติการของสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาศรีสะเกษ ยโสธร ประกอบด้วยยุทธศาสตร์ด้านคุณภาพผู้เรียน การพัฒนาครู การลดความเหลื่อมล้ำ และการบริหารจัดการที่มีประสิทธิภาพ ขอเชิญผู้มีส่วนได้ส่วนเสียเสนอแนะ',
        opensAt: daysFrom(now, -1),
        closesAt: daysFrom(now, 60),
      };
      await call('draft-plan', `mutation ($input: DraftInput!) { ${slug} { openDraft(input: $input) { id } } }`, { input });
    },
  },
  SUPERVISION: {
    list: 'votes',
    write: async (call, slug, now) => {
      const input = {
        titleTh: 'เลือกประเด็นการนิเทศที่สถานศึกษาต้องการมากที่สุด ภาคเรียนที่ 2/2569',
        titleEn: 'Choose the supervision focus schools need most, term 2/2026',
        questionTh: 'ประเด็นใดที่ท่านต้องการให้ศึกษานิเทศก์ช่วยเหลือมากที่สุด',
        options: [
          { labelTh: 'การจัดการเรียนรู้เชิงรุก (Active Learning)', labelEn: 'Active learning' },
          { labelTh: 'การวัดและประเมินผล', labelEn: 'Assessment' },
          { labelTh: 'การใช้เทคโนโลยีดิจิทัลในห้องเรียน', labelEn: 'Digital technology in class' },
        ],
        opensAt: daysFrom(now, -1),
        closesAt: daysFrom(now, 30),
        eligibility: 'SIGNED_IN',
      };
      await call('vote-focus', `mutation ($input: VoteInput!) { ${slug} { openVote(input: $input) { id } } }`, { input });
    },
  },
  PROMOTION: {
    list: 'initiatives',
    write: async (call, slug, now) => {
      const input = {
        titleTh: 'ค่ายแนะแนวศึกษาต่อโดยเครือข่ายผู้ปกครอง',
        titleEn: 'Further-study guidance camp run by the parent network',
        bodyTh: 'เครือข่ายผู้ปกครองนักเรียนจัดค่ายแนะแนวการศึกษาต่อให้นักเรียนชั้นมัธยมศึกษาปีที่ 6 โดยเชิญศิษย์เก่าและมหาวิทยาลัยในพื้นที่มาให้ข้อมูล',
        groupName: 'เครือข่ายผู้ปกครองนักเรียนจังหวัดยโสธร',
        startsAt: daysFrom(now, 20),
        endsAt: daysFrom(now, 21),
      };
      const proposed = await call(
        'initiative',
        `mutation ($input: InitiativeInput!, $key: String!) { ${slug} { proposeInitiative(input: $input, idempotencyKey: $key) { id status } } }`,
        {
          input,
          key: `seed-${slug}-initiative`,
        },
      );
      const { id } = proposed.proposeInitiative as { id: string };
      await call('initiative-approve', `mutation ($id: ID!) { ${slug} { approveInitiative(id: $id) { id } } }`, { id });
      await call(
        'initiative-support',
        `mutation ($id: ID!, $input: InitiativeSupportInput!) { ${slug} { recordSupport(initiativeId: $id, input: $input) { id } } }`,
        {
          id,
          input: { kind: 'VENUE', descriptionTh: 'ห้องประชุมของสำนักงานเขตพื้นที่ฯ ตลอด 2 วัน' },
        },
      );
    },
  },
  PERSONNEL: {
    list: 'delegations',
    write: async (call, slug, now) => {
      const input = {
        scopeTh: 'การพิจารณาจัดสรรทุนพัฒนาตนเองของครูภายในกลุ่มโรงเรียน',
        scopeEn: 'Allocating teachers’ self-development grants within school clusters',
        delegateName: 'คณะกรรมการเครือข่ายกลุ่มโรงเรียน',
        startsOn: dateFrom(now, 0),
        reviewOn: dateFrom(now, 180),
      };
      await call('delegation', `mutation ($input: DelegationInput!) { ${slug} { delegateDecision(input: $input) { id } } }`, { input });
    },
  },
};

export async function seedSpectrum(unitUrl: string, config: PlatformConfig, unit: UnitModule, now = new Date()): Promise<void> {
  const sample = SAMPLES[unit.manifest.code];
  if (!sample) return;
  const call = await unitCaller(unitUrl, config, unit);
  const { slug } = unit.manifest;
  const existing = await call(null, `{ ${slug} { ${sample.list}(first: 1) { totalCount } } }`);
  if (existing[sample.list].totalCount > 0) return;
  await sample.write(call, slug, now);
}
