import type { PlatformConfig, UnitModule } from '@sesao28/kit';
import { unitCaller } from './seed-call.js';
import { SEED_ACTIVITIES } from './seed-data.js';

/**
 * Sample consultations, a service-satisfaction survey with responses and a "you said,
 * we did" record in every unit, made through the unit's own API as its head (and the
 * public) would, vouched for with the deployment's internal secret like the gateway
 * does. Every write carries a fixed idempotency key, so running the seed again changes nothing.
 */
export async function seedParticipation(unitUrl: string, config: PlatformConfig, unit: UnitModule): Promise<void> {
  const { code, slug, nameTh } = unit.manifest;
  const call = await unitCaller(unitUrl, config, unit);

  const topic = SEED_ACTIVITIES[code]?.find((a) => a.level === 'CONSULT') ?? SEED_ACTIVITIES[code]?.[0];
  const consultation = (
    await call('consultation', `mutation ($input: ConsultationInput!) { ${slug} { openConsultation(input: $input) { id } } }`, {
      input: {
        titleTh: `รับฟังความคิดเห็น: ${topic?.titleTh ?? nameTh}`,
        titleEn: topic ? `Consultation: ${topic.titleEn}` : null,
        descriptionTh: `${nameTh} ขอรับฟังความคิดเห็นจากผู้ปกครอง นักเรียน ครู และภาคีเครือข่าย เพื่อนำไปปรับปรุงการดำเนินงาน`,
        kind: 'ONLINE_COMMENTS',
        opensAt: '2026-10-01T08:30:00+07:00',
        closesAt: '2027-03-31T16:30:00+07:00',
      },
    })
  ).openConsultation;
  const comments = [
    'เห็นด้วยกับแนวทางนี้ และขอให้แจ้งผลให้โรงเรียนทราบทางไลน์กลุ่มด้วยครับ',
    'อยากให้จัดประชุมชี้แจงผู้ปกครองในช่วงเย็นหรือวันเสาร์ เพราะผู้ปกครองส่วนใหญ่ทำงานกลางวันค่ะ',
  ];
  for (const [i, body] of comments.entries()) {
    await call(
      null,
      `mutation ($id: ID!, $body: String!, $key: String!) { ${slug} { commentOnConsultation(consultationId: $id, body: $body, idempotencyKey: $key) { id } } }`,
      { id: consultation.id, body, key: `seed-${slug}-comment-${i}` },
      false,
    );
  }

  const survey = (
    await call(
      'satisfaction-survey',
      `mutation { ${slug} { createSatisfactionSurvey(opensAt: "2026-10-01T00:00:00+07:00", closesAt: "2027-09-30T23:59:00+07:00") { id questions { id kind } } } }`,
    )
  ).createSatisfactionSurvey;
  for (let r = 0; r < 5; r++) {
    const answers = survey.questions
      .filter((q: { kind: string }) => q.kind === 'SCALE_1_5')
      .map((q: { id: string }, i: number) => ({ questionId: q.id, scale: 3 + ((r + i + code.length) % 3) }));
    await call(
      null,
      `mutation ($id: ID!, $answers: [SurveyAnswerInput!]!, $key: String!) { ${slug} { respondToSurvey(surveyId: $id, answers: $answers, idempotencyKey: $key) { id } } }`,
      { id: survey.id, answers, key: `seed-${slug}-response-${r}` },
      false,
    );
  }

  await call('outcome', `mutation ($input: OutcomeInput!) { ${slug} { recordOutcome(input: $input) { id } } }`, {
    input: {
      topicTh: topic?.titleTh ?? nameTh,
      topicEn: topic?.titleEn ?? null,
      participantsTh: 'ผู้ปกครอง ครู และนักเรียนที่แสดงความคิดเห็นออนไลน์ และผู้ตอบแบบสำรวจความพึงพอใจ',
      resultsTh: 'ต้องการให้แจ้งข่าวสารผ่านไลน์กลุ่มของโรงเรียน และจัดประชุมชี้แจงนอกเวลาทำงาน',
      improvementTh: 'แจ้งผลการดำเนินงานทางไลน์กลุ่มโรงเรียนทุกเดือน และจัดประชุมชี้แจงผู้ปกครองวันเสาร์ภาคเรียนละครั้ง',
      status: 'IN_PROGRESS',
      links: [{ kind: 'CONSULTATION', unitCode: code, id: consultation.id }],
    },
  });
}
