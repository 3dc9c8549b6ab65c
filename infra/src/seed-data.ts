/**
 * Sample content for seeding the participation platform of the Sisaket Yasothon Secondary
 * Educational Service Area Office (สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาศรีสะเกษ ยโสธร).
 * Thai text uses Buddhist Era years (fiscal year 2569 = 1 Oct 2025 to 30 Sep 2026);
 * English text uses Common Era years. No personal data of real people appears here.
 */

export type SeedLevel = 'INFORM' | 'CONSULT' | 'INVOLVE' | 'COLLABORATE' | 'EMPOWER';

export interface SeedActivity {
  titleTh: string;
  titleEn: string;
  bodyTh: string;
  bodyEn: string;
  level: SeedLevel;
}

export type SeedCategory = 'OPINION' | 'SUGGESTION' | 'QUESTION' | 'COMPLAINT' | 'COMPLIMENT';

export interface SeedFeedback {
  category: SeedCategory;
  message: string;
  answer: string;
}

/** Sample activities per unit code, keyed by these codes exactly: ADMIN, POLICY, DLICT, FINANCE, PERSONNEL, TEACHER_DEV, SUPERVISION, PROMOTION, AUDIT */
export const SEED_ACTIVITIES: Record<string, SeedActivity[]> = {
  ADMIN: [
    {
      titleTh: 'จดหมายข่าวและผลการดำเนินงานประจำเดือนของสำนักงาน',
      titleEn: 'Monthly Office Newsletter and Performance Report',
      bodyTh:
        'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาศรีสะเกษ ยโสธร เผยแพร่จดหมายข่าวและสรุปผลการดำเนินงานประจำเดือนผ่านเว็บไซต์และเพจเฟซบุ๊กของสำนักงาน เพื่อให้สถานศึกษา ผู้ปกครอง และประชาชนในจังหวัดศรีสะเกษและจังหวัดยโสธรได้รับข้อมูลที่ถูกต้องและเป็นปัจจุบัน',
      bodyEn:
        'The Sisaket Yasothon Secondary Educational Service Area Office publishes a monthly newsletter and performance summary on its website and Facebook page so that schools, parents and the public in Sisaket and Yasothon provinces receive accurate and up-to-date information.',
      level: 'INFORM',
    },
    {
      titleTh: 'ศูนย์รับเรื่องร้องเรียนและช่องทางติดต่อสำนักงาน',
      titleEn: 'Complaint Centre and Contact Channels',
      bodyTh:
        'ศูนย์รับเรื่องร้องเรียนของสำนักงานรับเรื่องผ่านแบบฟอร์มออนไลน์ได้ตลอด 24 ชั่วโมง และรับเรื่องทางโทรศัพท์หรือติดต่อด้วยตนเองในวันและเวลาราชการ สำนักงานจะแจ้งผลการดำเนินการให้ผู้ร้องทราบภายใน 15 วัน และเก็บรักษาข้อมูลส่วนบุคคลของผู้ร้องเป็นความลับ',
      bodyEn:
        'The complaint centre of the office accepts complaints through an online form 24 hours a day, and by telephone or in person during official working hours. The office informs complainants of the outcome within 15 days and keeps their personal data confidential.',
      level: 'INFORM',
    },
    {
      titleTh: 'สำรวจความพึงพอใจต่อการให้บริการ ปีงบประมาณ พ.ศ. 2569',
      titleEn: 'Service Satisfaction Survey, Fiscal Year 2026',
      bodyTh:
        'ขอเชิญผู้รับบริการ ได้แก่ ผู้บริหารสถานศึกษา ครู บุคลากรทางการศึกษา และประชาชน ตอบแบบสำรวจความพึงพอใจต่อการให้บริการของสำนักงาน ผลการสำรวจจะนำไปใช้ปรับปรุงขั้นตอนและคุณภาพการให้บริการในปีงบประมาณถัดไป',
      bodyEn:
        'Service recipients, including school directors, teachers, education personnel and the public, are invited to complete a survey on their satisfaction with the services of the office. The results will be used to improve service procedures and quality in the next fiscal year.',
      level: 'CONSULT',
    },
    {
      titleTh: 'ร่วมออกแบบขั้นตอนการให้บริการ ณ จุดบริการเบ็ดเสร็จ',
      titleEn: 'Co-designing One-Stop Service Procedures',
      bodyTh:
        'สำนักงานเชิญผู้แทนสถานศึกษาและผู้รับบริการร่วมประชุมเชิงปฏิบัติการเพื่อออกแบบขั้นตอนการให้บริการ ณ จุดบริการเบ็ดเสร็จ (One Stop Service) ให้สะดวกและใช้เวลาน้อยลง ข้อเสนอที่ที่ประชุมเห็นชอบร่วมกันจะนำไปใช้จริงภายในปี พ.ศ. 2569',
      bodyEn:
        'The office invites school representatives and service recipients to a workshop to design one-stop service procedures that are more convenient and take less time. Proposals agreed on jointly at the workshop will be put into practice within 2026.',
      level: 'INVOLVE',
    },
    {
      titleTh: 'เครือข่ายประชาสัมพันธ์สถานศึกษา',
      titleEn: 'School Public Relations Network',
      bodyTh:
        'สำนักงานร่วมกับครูผู้รับผิดชอบงานประชาสัมพันธ์ของสถานศึกษาในสังกัดทั้งจังหวัดศรีสะเกษและจังหวัดยโสธร จัดตั้งเครือข่ายประชาสัมพันธ์เพื่อแลกเปลี่ยนข่าวสารและผลงานของโรงเรียน และร่วมกันเผยแพร่ข้อมูลที่ถูกต้องสู่ชุมชน',
      bodyEn:
        'Together with the teachers responsible for public relations at its schools in both Sisaket and Yasothon provinces, the office has set up a public relations network to share school news and achievements and to jointly bring accurate information to communities.',
      level: 'COLLABORATE',
    },
    {
      titleTh: 'การประชุมผู้บริหารสถานศึกษาสัญจร โดยสหวิทยาเขตเป็นเจ้าภาพ',
      titleEn: 'Rotating School Directors Meeting Hosted by School Clusters',
      bodyTh:
        'สหวิทยาเขตแต่ละแห่งหมุนเวียนเป็นเจ้าภาพจัดการประชุมผู้บริหารสถานศึกษา โดยเป็นผู้กำหนดวาระ สถานที่ และรูปแบบการแลกเปลี่ยนเรียนรู้เอง สำนักงานมีหน้าที่สนับสนุนงบประมาณและอำนวยความสะดวกตามที่สหวิทยาเขตร้องขอ',
      bodyEn:
        'Each school cluster takes its turn to host the school directors meeting and decides the agenda, venue and knowledge-sharing format itself. The office supports it with budget and facilitation as the cluster requests.',
      level: 'EMPOWER',
    },
  ],
  POLICY: [
    {
      titleTh: 'เผยแพร่แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569 และรายงานผลรอบ 6 เดือน',
      titleEn: 'Publication of the FY 2026 Action Plan and Six-Month Progress Report',
      bodyTh:
        'สำนักงานเผยแพร่แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569 พร้อมรายงานผลการดำเนินงานรอบ 6 เดือน (ตุลาคม 2568 – มีนาคม 2569) บนเว็บไซต์ของสำนักงาน เพื่อให้สถานศึกษาและผู้มีส่วนได้ส่วนเสียติดตามตรวจสอบได้',
      bodyEn:
        'The office publishes its action plan for fiscal year 2026, together with the six-month progress report (October 2025 – March 2026), on its website so that schools and stakeholders can follow and scrutinise its work.',
      level: 'INFORM',
    },
    {
      titleTh: 'รับฟังความคิดเห็นต่อแผนการรับนักเรียน ปีการศึกษา 2569',
      titleEn: 'Consultation on the Student Admission Plan for Academic Year 2026',
      bodyTh:
        'สำนักงานเปิดรับฟังความคิดเห็นจากผู้ปกครองและสถานศึกษาเกี่ยวกับแผนการรับนักเรียนชั้นมัธยมศึกษาปีที่ 1 และชั้นมัธยมศึกษาปีที่ 4 รวมถึงเขตพื้นที่บริการของแต่ละโรงเรียน เพื่อนำไปปรับปรุงแผนให้สอดคล้องกับความต้องการของชุมชน',
      bodyEn:
        'The office invites parents and schools to comment on the admission plan for Mathayom 1 (Grade 7) and Mathayom 4 (Grade 10), including the service zone of each school, so that the plan can be adjusted to meet community needs.',
      level: 'CONSULT',
    },
    {
      titleTh: 'ความร่วมมือจัดทำฐานข้อมูลเด็กนอกระบบการศึกษาและเด็กออกกลางคัน',
      titleEn: 'Partnership on a Database of Out-of-School Children and Dropouts',
      bodyTh:
        'สำนักงานร่วมกับสำนักงานศึกษาธิการจังหวัดศรีสะเกษ สำนักงานศึกษาธิการจังหวัดยโสธร องค์กรปกครองส่วนท้องถิ่น และสถานศึกษา จัดทำฐานข้อมูลเด็กและเยาวชนวัยเรียนที่อยู่นอกระบบการศึกษา เพื่อติดตามและส่งต่อให้กลับเข้าสู่ระบบการศึกษาตามความเหมาะสม',
      bodyEn:
        'The office works with the Sisaket and Yasothon Provincial Education Offices, local government organisations and schools to build a database of school-age children and youth outside the education system, so that they can be followed up and referred back into education as appropriate.',
      level: 'COLLABORATE',
    },
    {
      titleTh: 'ประชุมเชิงปฏิบัติการจัดทำแผนพัฒนาการศึกษา ระยะ 4 ปี (พ.ศ. 2570–2573)',
      titleEn: 'Workshop on the Four-Year Education Development Plan (2027–2030)',
      bodyTh:
        'ผู้แทนสถานศึกษา ครู นักเรียน ผู้ปกครอง องค์กรปกครองส่วนท้องถิ่น และภาคเอกชนในจังหวัดศรีสะเกษและจังหวัดยโสธร ร่วมวิเคราะห์สภาพปัญหาและกำหนดกลยุทธ์ของแผนพัฒนาการศึกษาร่วมกับสำนักงาน ข้อสรุปของที่ประชุมจะใช้เป็นกรอบในการจัดทำแผนฉบับจริง',
      bodyEn:
        'School representatives, teachers, students, parents, local government organisations and the private sector in Sisaket and Yasothon provinces work with the office to analyse problems and set the strategies of the education development plan. The conclusions of the workshop will serve as the framework for drafting the actual plan.',
      level: 'INVOLVE',
    },
    {
      titleTh: 'ลงมติจัดลำดับความสำคัญคำขอตั้งงบประมาณลงทุน ปีงบประมาณ พ.ศ. 2570',
      titleEn: 'Vote on Capital Budget Request Priorities, FY 2027',
      bodyTh:
        'ผู้แทนผู้บริหารสถานศึกษาจากทุกสหวิทยาเขตลงมติจัดลำดับความสำคัญของคำขอตั้งงบประมาณค่าครุภัณฑ์และสิ่งก่อสร้างของโรงเรียนในสังกัด สำนักงานจะเสนอคำขอตามลำดับที่ที่ประชุมลงมติ และเปิดเผยผลการลงมติบนเว็บไซต์ของสำนักงาน',
      bodyEn:
        'Representatives of school directors from every school cluster vote to rank the requests of schools for equipment and construction budgets. The office will submit the requests in the order voted by the meeting and publish the results of the vote on its website.',
      level: 'EMPOWER',
    },
    {
      titleTh: 'ประชุมรับฟังความคิดเห็นต่อ (ร่าง) แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2570',
      titleEn: 'Public Hearing on the Draft FY 2027 Action Plan',
      bodyTh:
        'สำนักงานจัดประชุมรับฟังความคิดเห็นจากผู้บริหารสถานศึกษา คณะกรรมการสถานศึกษาขั้นพื้นฐาน ผู้ปกครอง และผู้แทนชุมชน ต่อ (ร่าง) แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2570 ทั้งแบบพบหน้าและผ่านแบบฟอร์มออนไลน์ ความคิดเห็นที่ได้รับจะนำไปปรับปรุงแผนก่อนเสนอผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาให้ความเห็นชอบ',
      bodyEn:
        'The office holds a hearing, both in person and through an online form, to gather the views of school directors, basic education school boards, parents and community representatives on the draft action plan for fiscal year 2027. The comments received will be used to revise the plan before it is submitted to the director of the office for approval.',
      level: 'CONSULT',
    },
  ],
  DLICT: [
    {
      titleTh: 'ตารางออกอากาศ DLTV และสื่อการเรียนออนไลน์ ภาคเรียนที่ 1 ปีการศึกษา 2569',
      titleEn: 'DLTV Broadcast Schedule and Online Learning Materials, First Semester of Academic Year 2026',
      bodyTh:
        'สำนักงานแจ้งตารางออกอากาศการศึกษาทางไกลผ่านดาวเทียม (DLTV) ระดับมัธยมศึกษาตอนต้น และช่องทางเข้าถึงสื่อการเรียนออนไลน์ย้อนหลัง เพื่อให้ครู นักเรียน และผู้ปกครองใช้ประกอบการเรียนการสอนได้ทั้งที่โรงเรียนและที่บ้าน',
      bodyEn:
        'The office announces the Distance Learning Television (DLTV) broadcast schedule for lower secondary level and the channels for accessing recorded online learning materials, so that teachers, students and parents can use them for teaching and learning at school and at home.',
      level: 'INFORM',
    },
    {
      titleTh: 'สำรวจความต้องการและปัญหาการใช้อินเทอร์เน็ตของโรงเรียน',
      titleEn: 'Survey of School Internet Needs and Problems',
      bodyTh:
        'ขอให้โรงเรียนในสังกัดตอบแบบสำรวจความเร็ว ความเสถียร และความเพียงพอของสัญญาณอินเทอร์เน็ตต่อจำนวนนักเรียน โดยเฉพาะโรงเรียนในพื้นที่ห่างไกล เช่น อำเภอภูสิงห์ จังหวัดศรีสะเกษ และอำเภอไทยเจริญ จังหวัดยโสธร ผลการสำรวจจะใช้ประกอบการจัดลำดับการปรับปรุงเครือข่าย',
      bodyEn:
        'Schools are asked to complete a survey on the speed, stability and adequacy of their internet connection for the number of students, especially schools in remote areas such as Phu Sing District in Sisaket and Thai Charoen District in Yasothon. The results will be used to prioritise network upgrades.',
      level: 'CONSULT',
    },
    {
      titleTh: 'รายงานสถานะการเชื่อมต่ออินเทอร์เน็ตของสถานศึกษาและแผนการซ่อมบำรุง',
      titleEn: 'School Internet Connectivity Status and Maintenance Schedule',
      bodyTh:
        'สำนักงานเผยแพร่ข้อมูลสถานะการเชื่อมต่ออินเทอร์เน็ตของโรงเรียนในสังกัดและกำหนดการซ่อมบำรุงเครือข่ายเป็นรายเดือน โรงเรียนสามารถตรวจสอบและแจ้งปัญหาการใช้งานผ่านระบบแจ้งซ่อมออนไลน์ของสำนักงาน',
      bodyEn:
        'The office publishes monthly information on the internet connectivity status of its schools and the network maintenance schedule. Schools can check the status and report problems through the online repair-request system of the office.',
      level: 'INFORM',
    },
    {
      titleTh: 'ครูและนักเรียนร่วมออกแบบระบบห้องเรียนออนไลน์ของสำนักงาน',
      titleEn: 'Teachers and Students Co-design the Online Classroom System of the Office',
      bodyTh:
        'สำนักงานเชิญครูและนักเรียนจากโรงเรียนขนาดต่าง ๆ ร่วมทดลองใช้และเสนอแนวทางการออกแบบหน้าจอ เมนู และการใช้งานผ่านโทรศัพท์มือถือของระบบห้องเรียนออนไลน์ ข้อสรุปจากการทดลองใช้จะนำไปพัฒนาระบบก่อนเปิดใช้งานจริง',
      bodyEn:
        'The office invites teachers and students from schools of different sizes to pilot the online classroom system and propose designs for its screens, menus and mobile-phone use. Findings from the pilot will be built into the system before it goes live.',
      level: 'INVOLVE',
    },
    {
      titleTh: 'ความร่วมมือกับมหาวิทยาลัยราชภัฏศรีสะเกษในการผลิตสื่อการเรียนรู้ดิจิทัล',
      titleEn: 'Partnership with Sisaket Rajabhat University on Digital Learning Materials',
      bodyTh:
        'สำนักงานร่วมกับมหาวิทยาลัยราชภัฏศรีสะเกษและครูแกนนำในสังกัด ผลิตสื่อการเรียนรู้ดิจิทัลในรายวิชาคณิตศาสตร์ วิทยาศาสตร์ และภาษาอังกฤษ และเผยแพร่ให้โรงเรียนนำไปใช้ได้โดยไม่มีค่าใช้จ่าย',
      bodyEn:
        'The office works with Sisaket Rajabhat University and lead teachers from its schools to produce digital learning materials in mathematics, science and English, which are shared with schools free of charge.',
      level: 'COLLABORATE',
    },
    {
      titleTh: 'นักเรียนแกนนำดิจิทัลจัดกิจกรรมรู้เท่าทันสื่อและความปลอดภัยออนไลน์',
      titleEn: 'Student Digital Leaders Run Media Literacy and Online Safety Activities',
      bodyTh:
        'นักเรียนแกนนำดิจิทัลของแต่ละโรงเรียนเป็นผู้วางแผนและจัดกิจกรรมให้ความรู้แก่เพื่อนนักเรียนเรื่องการรู้เท่าทันสื่อ การป้องกันภัยไซเบอร์ และการคุ้มครองข้อมูลส่วนบุคคล สำนักงานสนับสนุนอุปกรณ์ วิทยากรพี่เลี้ยง และงบประมาณตามที่นักเรียนเสนอ',
      bodyEn:
        'Student digital leaders at each school plan and run activities that teach their peers about media literacy, cyber-threat prevention and personal data protection. The office supports them with equipment, mentors and the budget the students propose.',
      level: 'EMPOWER',
    },
  ],
  FINANCE: [
    {
      titleTh: 'เผยแพร่แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างประจำเดือน',
      titleEn: 'Publication of the Procurement Plan and Monthly Procurement Results',
      bodyTh:
        'สำนักงานเผยแพร่แผนการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. 2569 และสรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) บนเว็บไซต์ของสำนักงาน เพื่อความโปร่งใสและให้ประชาชนตรวจสอบได้',
      bodyEn:
        'The office publishes its procurement plan for fiscal year 2026 and monthly summaries of procurement results (Form Sor.Khor.Ror.1) on its website for transparency and public scrutiny.',
      level: 'INFORM',
    },
    {
      titleTh: 'รายงานการจัดสรรและผลการใช้จ่ายงบประมาณของสถานศึกษา',
      titleEn: 'Report on Budget Allocation and Spending for Schools',
      bodyTh:
        'สำนักงานแจ้งผลการจัดสรรงบประมาณและรายงานผลการเบิกจ่ายงบประมาณที่จัดสรรให้สถานศึกษาเป็นรายไตรมาส แยกตามจังหวัดศรีสะเกษและจังหวัดยโสธร เพื่อให้สถานศึกษาและคณะกรรมการสถานศึกษาขั้นพื้นฐานติดตามการใช้จ่ายได้',
      bodyEn:
        'The office reports quarterly on the budget allocated to schools and how much of it has been disbursed, broken down by Sisaket and Yasothon provinces, so that schools and basic education school boards can track spending.',
      level: 'INFORM',
    },
    {
      titleTh: 'รับฟังความคิดเห็นต่อร่างขอบเขตของงาน (TOR) การจัดซื้อครุภัณฑ์คอมพิวเตอร์',
      titleEn: 'Public Hearing on the Draft Terms of Reference for Computer Equipment Procurement',
      bodyTh:
        'สำนักงานเปิดรับฟังความคิดเห็นจากผู้ประกอบการและประชาชนต่อร่างขอบเขตของงานและร่างเอกสารประกวดราคาอิเล็กทรอนิกส์ เป็นเวลาไม่น้อยกว่า 3 วันทำการ ความคิดเห็นที่ได้รับจะนำไปพิจารณาปรับปรุงร่างก่อนประกาศประกวดราคา',
      bodyEn:
        'The office invites comments from businesses and the public on the draft terms of reference and draft electronic bidding documents for at least three working days. The comments received will be considered in revising the drafts before the invitation to bid is announced.',
      level: 'CONSULT',
    },
    {
      titleTh: 'ประชุมเชิงปฏิบัติการร่วมกับเจ้าหน้าที่การเงินสถานศึกษาเพื่อปรับปรุงขั้นตอนการเบิกจ่าย',
      titleEn: 'Workshop with School Finance Officers to Improve Disbursement Procedures',
      bodyTh:
        'สำนักงานเชิญเจ้าหน้าที่การเงินและพัสดุของสถานศึกษาร่วมวิเคราะห์ปัญหาและออกแบบขั้นตอนการส่งเอกสารเบิกจ่ายให้กระชับขึ้น แนวปฏิบัติที่ตกลงร่วมกันจะประกาศใช้ตั้งแต่ปีงบประมาณ พ.ศ. 2570',
      bodyEn:
        'The office invites school finance and procurement officers to analyse problems together and design a more streamlined procedure for submitting disbursement documents. The jointly agreed practice will take effect from fiscal year 2027.',
      level: 'INVOLVE',
    },
    {
      titleTh: 'เครือข่ายพี่เลี้ยงงานการเงินและพัสดุสถานศึกษา',
      titleEn: 'School Finance and Procurement Mentoring Network',
      bodyTh:
        'สำนักงานร่วมกับสำนักงานคลังจังหวัดศรีสะเกษ สำนักงานคลังจังหวัดยโสธร และเจ้าหน้าที่การเงินที่มีประสบการณ์จากโรงเรียนขนาดใหญ่ จัดตั้งเครือข่ายพี่เลี้ยงเพื่อให้คำปรึกษาแก่เจ้าหน้าที่ของโรงเรียนขนาดเล็ก',
      bodyEn:
        'Together with the Sisaket and Yasothon Provincial Comptroller Offices and experienced finance officers from large schools, the office has set up a mentoring network that advises staff at small schools.',
      level: 'COLLABORATE',
    },
    {
      titleTh: 'สถานศึกษาและคณะกรรมการสถานศึกษากำหนดรายการซ่อมแซมอาคารจากงบประมาณที่ได้รับจัดสรร',
      titleEn: 'Schools and School Boards Decide Building Repairs from Allocated Budgets',
      bodyTh:
        'สถานศึกษาที่ได้รับจัดสรรงบประมาณค่าซ่อมแซมอาคารเรียนและอาคารประกอบ ร่วมกับคณะกรรมการสถานศึกษาขั้นพื้นฐานและชุมชนพิจารณาเลือกรายการซ่อมแซมตามความจำเป็นของโรงเรียนเอง สำนักงานให้คำปรึกษาด้านระเบียบพัสดุและส่งเจ้าหน้าที่ช่างช่วยตรวจสอบแบบรูปรายการตามที่โรงเรียนร้องขอ',
      bodyEn:
        'Schools that receive a budget for repairing classroom and ancillary buildings decide, together with their basic education school boards and communities, which repairs to carry out based on their own needs. The office advises on procurement regulations and sends technical staff to review the plans when schools request it.',
      level: 'EMPOWER',
    },
  ],
  PERSONNEL: [
    {
      titleTh: 'ประกาศปฏิทินการย้ายข้าราชการครู ประจำปี พ.ศ. 2569',
      titleEn: 'Announcement of the 2026 Teacher Transfer Calendar',
      bodyTh:
        'สำนักงานประกาศปฏิทินการยื่นคำร้องขอย้าย การตรวจสอบคุณสมบัติ และการประกาศผลการย้ายข้าราชการครู ประจำปี พ.ศ. 2569 ตามหลักเกณฑ์ที่ ก.ค.ศ. กำหนด ผู้ประสงค์ขอย้ายสามารถตรวจสอบรายละเอียดได้ที่เว็บไซต์ของสำนักงาน',
      bodyEn:
        'The office announces the calendar for submitting transfer requests, checking eligibility and announcing the results of teacher transfers for 2026, in line with the criteria set by the Teacher Civil Service and Educational Personnel Commission. Teachers wishing to transfer can find the details on the website of the office.',
      level: 'INFORM',
    },
    {
      titleTh: 'รับฟังความคิดเห็นต่อ (ร่าง) แนวทางการพิจารณาย้ายข้าราชการครูในเขตพื้นที่',
      titleEn: 'Hearing on the Draft Guidelines for Considering Teacher Transfers Within the Area',
      bodyTh:
        'สำนักงานเปิดรับฟังความคิดเห็นจากข้าราชการครู ผู้บริหารสถานศึกษา และองค์กรวิชาชีพครู ต่อ (ร่าง) แนวทางและองค์ประกอบการพิจารณาย้ายในเขตพื้นที่ ทั้งการประชุมรับฟังและแบบสอบถามออนไลน์ เพื่อให้การพิจารณาย้ายเป็นธรรม โปร่งใส และตรวจสอบได้',
      bodyEn:
        'The office seeks the views of teachers, school directors and teacher professional organisations on the draft guidelines and factors for considering transfers within the area, through hearing meetings and an online questionnaire, so that transfer decisions are fair, transparent and accountable.',
      level: 'CONSULT',
    },
    {
      titleTh: 'เผยแพร่ขั้นตอนและระยะเวลาการดำเนินการคำขอด้านบุคคล',
      titleEn: 'Publication of Procedures and Timelines for Personnel Requests',
      bodyTh:
        'สำนักงานเผยแพร่คู่มือขั้นตอน เอกสารประกอบ และระยะเวลาการดำเนินการคำขอด้านบุคคล เช่น การขอมีหรือเลื่อนวิทยฐานะ การลาศึกษาต่อ และการขอรับบำเหน็จบำนาญ พร้อมช่องทางติดตามสถานะคำขอทางออนไลน์',
      bodyEn:
        'The office publishes a guide to the procedures, supporting documents and processing times for personnel requests, such as applying for or advancing academic standing, study leave and pension claims, together with an online channel for tracking the status of requests.',
      level: 'INFORM',
    },
    {
      titleTh: 'ผู้บริหารสถานศึกษาร่วมวิเคราะห์และวางแผนอัตรากำลังครู',
      titleEn: 'School Directors Join in Analysing and Planning Teacher Staffing',
      bodyTh:
        'ผู้บริหารสถานศึกษาร่วมกับสำนักงานวิเคราะห์ข้อมูลอัตรากำลังครูรายกลุ่มสาระการเรียนรู้ และร่วมกำหนดลำดับโรงเรียนที่ขาดแคลนครูเพื่อใช้ในการบรรจุแต่งตั้งและการเกลี่ยอัตรากำลัง ปีการศึกษา 2569',
      bodyEn:
        'School directors work with the office to analyse teacher staffing data by learning area and jointly rank the schools with teacher shortages, for use in appointments and the redistribution of positions in academic year 2026.',
      level: 'INVOLVE',
    },
    {
      titleTh: 'เครือข่ายงานบริหารบุคคลสถานศึกษาและคลังความรู้การประเมินวิทยฐานะ (PA)',
      titleEn: 'School Personnel Administration Network and Knowledge Bank on Academic Standing Assessment (PA)',
      bodyTh:
        'สำนักงานร่วมกับครูผู้รับผิดชอบงานบุคคลของสถานศึกษาจัดตั้งเครือข่ายแลกเปลี่ยนความรู้ และร่วมกันจัดทำคลังตัวอย่างข้อตกลงในการพัฒนางาน (PA) และคำถามที่พบบ่อยเกี่ยวกับการขอมีหรือเลื่อนวิทยฐานะ',
      bodyEn:
        'Together with the teachers responsible for personnel work in schools, the office has set up a knowledge-sharing network that jointly compiles sample performance agreements (PA) and frequently asked questions about applying for or advancing academic standing.',
      level: 'COLLABORATE',
    },
    {
      titleTh: 'เครือข่ายครูดำเนินการคัดเลือกครูดีเด่นเพื่อยกย่องเชิดชูเกียรติ',
      titleEn: 'Teacher Network Runs the Selection of Outstanding Teachers',
      bodyTh:
        'คณะทำงานซึ่งประกอบด้วยผู้แทนครูจากทุกสหวิทยาเขตเป็นผู้กำหนดเกณฑ์ ดำเนินการคัดเลือก และจัดพิธียกย่องเชิดชูเกียรติครูดีเด่นในวันครู พ.ศ. 2569 สำนักงานมีหน้าที่สนับสนุนงบประมาณและประสานงานตามที่คณะทำงานร้องขอ',
      bodyEn:
        'A working group of teacher representatives from every school cluster sets the criteria, runs the selection and organises the ceremony honouring outstanding teachers on Teachers Day 2026. The office supports the group with budget and coordination as it requests.',
      level: 'EMPOWER',
    },
  ],
  TEACHER_DEV: [
    {
      titleTh: 'สำรวจความต้องการในการพัฒนาตนเองของครูและบุคลากรทางการศึกษา ปีงบประมาณ พ.ศ. 2569',
      titleEn: 'Training Needs Survey of Teachers and Education Personnel, FY 2026',
      bodyTh:
        'ขอเชิญครูและบุคลากรทางการศึกษาในสังกัดตอบแบบสำรวจความต้องการในการพัฒนาตนเอง ทั้งด้านการจัดการเรียนรู้เชิงรุก การวัดและประเมินผล และทักษะดิจิทัล ผลการสำรวจจะใช้เป็นข้อมูลในการจัดทำหลักสูตรพัฒนาครูของสำนักงาน',
      bodyEn:
        'Teachers and education personnel in our schools are invited to complete a survey of their development needs, covering active learning, measurement and evaluation, and digital skills. The results will inform the teacher development courses of the office.',
      level: 'CONSULT',
    },
    {
      titleTh: 'ประกาศหลักสูตรและปฏิทินการพัฒนาครู ภาคเรียนที่ 1 ปีการศึกษา 2569',
      titleEn: 'Teacher Development Courses and Calendar, First Semester of Academic Year 2026',
      bodyTh:
        'สำนักงานประกาศรายชื่อหลักสูตร กลุ่มเป้าหมาย วิธีการสมัคร และกำหนดการอบรมพัฒนาครูตลอดภาคเรียน ทั้งแบบออนไลน์และแบบพบหน้าซึ่งจัดในจังหวัดศรีสะเกษและจังหวัดยโสธร',
      bodyEn:
        'The office announces the list of courses, target groups, application methods and training dates for the whole semester, including online sessions and face-to-face sessions held in Sisaket and Yasothon provinces.',
      level: 'INFORM',
    },
    {
      titleTh: 'ครูแกนนำร่วมออกแบบหลักสูตรอบรมการจัดการเรียนรู้เชิงรุก',
      titleEn: 'Lead Teachers Co-design the Active Learning Training Course',
      bodyTh:
        'สำนักงานเชิญครูแกนนำจากกลุ่มสาระการเรียนรู้ต่าง ๆ ร่วมกำหนดเนื้อหา กิจกรรม และวิธีประเมินผลของหลักสูตรอบรมการจัดการเรียนรู้เชิงรุก หลักสูตรที่ร่วมกันออกแบบจะใช้อบรมครูในสังกัดตั้งแต่ภาคเรียนที่ 2 ปีการศึกษา 2569',
      bodyEn:
        'The office invites lead teachers from various learning areas to help decide the content, activities and assessment methods of the active learning training course. The jointly designed course will be used to train teachers from the second semester of academic year 2026.',
      level: 'INVOLVE',
    },
    {
      titleTh: 'ความร่วมมือกับสถาบันอุดมศึกษาในการพัฒนาครูด้านการวัดและประเมินผล',
      titleEn: 'Partnership with Higher Education Institutions on Measurement and Evaluation Training',
      bodyTh:
        'สำนักงานร่วมกับมหาวิทยาลัยราชภัฏศรีสะเกษและสถาบันอุดมศึกษาในภาคตะวันออกเฉียงเหนือ จัดอบรมและให้คำปรึกษาแก่ครูในการสร้างข้อสอบและเครื่องมือวัดผลที่สอดคล้องกับแนวการประเมินระดับนานาชาติ (PISA)',
      bodyEn:
        'The office works with Sisaket Rajabhat University and other higher education institutions in the Northeast to train and advise teachers on building test items and assessment tools in line with international assessment (PISA).',
      level: 'COLLABORATE',
    },
    {
      titleTh: 'ชุมชนการเรียนรู้ทางวิชาชีพ (PLC) ระดับสหวิทยาเขตที่ครูเป็นผู้ดำเนินการ',
      titleEn: 'Teacher-led Professional Learning Communities (PLC) at School Cluster Level',
      bodyTh:
        'ครูในแต่ละสหวิทยาเขตรวมกลุ่มเป็นชุมชนการเรียนรู้ทางวิชาชีพ กำหนดประเด็นปัญหาการเรียนการสอน วางแผน และดำเนินการแลกเปลี่ยนเรียนรู้ด้วยตนเอง สำนักงานสนับสนุนงบประมาณ สถานที่ และศึกษานิเทศก์ที่ปรึกษาตามที่กลุ่มครูร้องขอ',
      bodyEn:
        'Teachers in each school cluster form professional learning communities that choose their own teaching problems, then plan and carry out their knowledge sharing themselves. The office supports them with budget, venues and supervisor-advisers as the teacher groups request.',
      level: 'EMPOWER',
    },
    {
      titleTh: 'ติดตามผลและรับฟังความคิดเห็นหลังการอบรมพัฒนาครู',
      titleEn: 'Post-training Follow-up and Feedback',
      bodyTh:
        'สำนักงานติดตามผลการนำความรู้ไปใช้ในชั้นเรียนภายใน 3 เดือนหลังการอบรม และรับฟังความคิดเห็นของผู้เข้าอบรมต่อเนื้อหา วิทยากร และรูปแบบการอบรม เพื่อปรับปรุงหลักสูตรในครั้งต่อไป',
      bodyEn:
        'Within three months of each training, the office follows up on how participants have applied what they learned in class and gathers their views on the content, trainers and format in order to improve future courses.',
      level: 'CONSULT',
    },
  ],
  SUPERVISION: [
    {
      titleTh: 'รายงานผลการวิเคราะห์คะแนน O-NET ปีการศึกษา 2567',
      titleEn: 'Analysis Report of O-NET Results, Academic Year 2024',
      bodyTh:
        'สำนักงานเผยแพร่รายงานการวิเคราะห์ผลการทดสอบทางการศึกษาระดับชาติขั้นพื้นฐาน (O-NET) ชั้นมัธยมศึกษาปีที่ 3 และชั้นมัธยมศึกษาปีที่ 6 ปีการศึกษา 2567 จำแนกรายวิชาและรายสหวิทยาเขต เพื่อให้สถานศึกษาใช้วางแผนพัฒนาคุณภาพผู้เรียน',
      bodyEn:
        'The office publishes an analysis of the Ordinary National Educational Test (O-NET) results for Mathayom 3 and Mathayom 6 in academic year 2024, broken down by subject and school cluster, for schools to use in planning improvements in learner quality.',
      level: 'INFORM',
    },
    {
      titleTh: 'แผนและปฏิทินการนิเทศสถานศึกษา ภาคเรียนที่ 2 ปีการศึกษา 2568',
      titleEn: 'School Supervision Plan and Calendar, Second Semester of Academic Year 2025',
      bodyTh:
        'สำนักงานแจ้งแผนการนิเทศ ติดตาม และประเมินผลการจัดการศึกษา พร้อมปฏิทินการลงพื้นที่ของศึกษานิเทศก์ในโรงเรียนทุกแห่งในจังหวัดศรีสะเกษและจังหวัดยโสธร เพื่อให้สถานศึกษาเตรียมความพร้อมล่วงหน้า',
      bodyEn:
        'The office announces its plan for supervising, monitoring and evaluating education, together with the visit calendar of supervisors to every school in Sisaket and Yasothon provinces, so that schools can prepare in advance.',
      level: 'INFORM',
    },
    {
      titleTh: 'แบบประเมินความคิดเห็นต่อการนิเทศของศึกษานิเทศก์',
      titleEn: 'Feedback Form on School Supervision Visits',
      bodyTh:
        'หลังการลงพื้นที่นิเทศแต่ละครั้ง ขอให้ผู้บริหารสถานศึกษาและครูตอบแบบประเมินความคิดเห็นต่อประโยชน์ของการนิเทศ ความชัดเจนของข้อเสนอแนะ และการให้บริการของศึกษานิเทศก์ ผลการประเมินจะนำไปปรับปรุงการนิเทศในภาคเรียนถัดไป',
      bodyEn:
        'After each supervision visit, school directors and teachers are asked to complete a feedback form on how useful the visit was, how clear the recommendations were and the service of the supervisors. The results will be used to improve supervision in the following semester.',
      level: 'CONSULT',
    },
    {
      titleTh: 'สถานศึกษาร่วมกำหนดประเด็นและเครื่องมือการนิเทศ',
      titleEn: 'Schools Help Set Supervision Focus Areas and Tools',
      bodyTh:
        'สำนักงานเชิญผู้บริหารสถานศึกษาและหัวหน้างานวิชาการร่วมประชุมกำหนดประเด็นการนิเทศที่สอดคล้องกับปัญหาของโรงเรียน และร่วมปรับปรุงเครื่องมือนิเทศติดตามให้กระชับ ไม่เพิ่มภาระงานเอกสารแก่ครู',
      bodyEn:
        'The office invites school directors and heads of academic affairs to a meeting to set supervision focus areas that match the problems of their schools and to help streamline the supervision and monitoring tools so that they do not add paperwork for teachers.',
      level: 'INVOLVE',
    },
    {
      titleTh: 'เครือข่ายนิเทศร่วมระหว่างสำนักงานและสหวิทยาเขต',
      titleEn: 'Joint Supervision Network of the Office and School Clusters',
      bodyTh:
        'ศึกษานิเทศก์ร่วมกับผู้บริหารและครูแกนนำของแต่ละสหวิทยาเขตเป็นภาคีเครือข่ายการนิเทศ ร่วมกันลงพื้นที่ ให้คำแนะนำ และแลกเปลี่ยนแนวปฏิบัติที่ดีระหว่างโรงเรียนทั้งในจังหวัดศรีสะเกษและจังหวัดยโสธร',
      bodyEn:
        'Supervisors work with the directors and lead teachers of each school cluster as supervision network partners, jointly visiting schools, giving advice and sharing good practices between schools in both Sisaket and Yasothon provinces.',
      level: 'COLLABORATE',
    },
    {
      titleTh: 'เครือข่ายโรงเรียนดำเนินการประกันคุณภาพภายในแบบเพื่อนช่วยเพื่อน',
      titleEn: 'School Networks Run Peer-based Internal Quality Assurance',
      bodyTh:
        'โรงเรียนในแต่ละสหวิทยาเขตจัดตั้งคณะกรรมการประเมินคุณภาพภายในแบบเพื่อนช่วยเพื่อน โดยกำหนดแผน ดำเนินการประเมิน และให้ข้อเสนอแนะแก่กันเอง สำนักงานสนับสนุนคู่มือ การอบรมผู้ประเมิน และงบประมาณดำเนินงาน',
      bodyEn:
        'Schools in each cluster set up peer internal quality assessment committees that plan the work, carry out assessments and give feedback to one another themselves. The office supports them with manuals, assessor training and an operating budget.',
      level: 'EMPOWER',
    },
  ],
  PROMOTION: [
    {
      titleTh: 'ประชาสัมพันธ์ทุนการศึกษาสำหรับนักเรียนที่ขาดแคลนทุนทรัพย์ ปีการศึกษา 2568',
      titleEn: 'Scholarships for Students in Financial Need, Academic Year 2025',
      bodyTh:
        'สำนักงานประชาสัมพันธ์ทุนการศึกษาจากหน่วยงานภาครัฐ มูลนิธิ และภาคเอกชน พร้อมคุณสมบัติผู้สมัครและกำหนดการรับสมัคร นักเรียนที่สนใจสามารถติดต่อครูแนะแนวของโรงเรียนเพื่อขอรับการเสนอชื่อ',
      bodyEn:
        'The office announces scholarships from government agencies, foundations and the private sector, together with eligibility requirements and application dates. Interested students can contact the guidance teacher at their school to be nominated.',
      level: 'INFORM',
    },
    {
      titleTh: 'รับฟังความคิดเห็นของผู้ปกครองต่อระบบดูแลช่วยเหลือนักเรียน',
      titleEn: 'Parent Consultation on the Student Care and Support System',
      bodyTh:
        'สำนักงานเปิดรับฟังความคิดเห็นของผู้ปกครองและนักเรียนเกี่ยวกับการเยี่ยมบ้าน การคัดกรองนักเรียนกลุ่มเสี่ยง และการส่งต่อความช่วยเหลือ ผ่านแบบสอบถามออนไลน์และเวทีประชุมผู้ปกครอง เพื่อพัฒนาระบบดูแลช่วยเหลือนักเรียนให้ตรงกับความต้องการ',
      bodyEn:
        'The office seeks the views of parents and students on home visits, screening of at-risk students and referral for assistance, through an online questionnaire and parent meetings, in order to make the student care and support system better meet their needs.',
      level: 'CONSULT',
    },
    {
      titleTh: 'ร่วมวางแผนการจัดงานศิลปหัตถกรรมนักเรียนระดับเขตพื้นที่การศึกษา ปีการศึกษา 2568',
      titleEn: 'Joint Planning of the Area-level Student Arts and Crafts Festival, Academic Year 2025',
      bodyTh:
        'ผู้แทนโรงเรียนเจ้าภาพ ครูผู้ฝึกสอน และผู้แทนนักเรียนร่วมประชุมกับสำนักงานเพื่อกำหนดรายการแข่งขัน สนามแข่งขัน และเกณฑ์การตัดสิน โดยมติของที่ประชุมจะใช้เป็นแนวทางในการจัดงาน',
      bodyEn:
        'Representatives of host schools, coaching teachers and student representatives meet with the office to decide the competition events, venues and judging criteria, and the resolutions of the meeting will guide how the festival is run.',
      level: 'INVOLVE',
    },
    {
      titleTh: 'ภาคีเครือข่ายทุนการศึกษากับผู้ประกอบการในจังหวัดศรีสะเกษและจังหวัดยโสธร',
      titleEn: 'Scholarship Partnership with Businesses in Sisaket and Yasothon',
      bodyTh:
        'สำนักงานร่วมกับหอการค้าจังหวัด สภาอุตสาหกรรมจังหวัด และผู้ประกอบการในพื้นที่ จัดตั้งภาคีเครือข่ายสนับสนุนทุนการศึกษาและโอกาสฝึกงานให้แก่นักเรียนมัธยมศึกษาที่มีความประพฤติดีแต่ขาดแคลนทุนทรัพย์',
      bodyEn:
        'The office works with the provincial chambers of commerce, provincial federations of industries and local businesses to form a partner network that provides scholarships and internship opportunities for well-behaved secondary students in financial need.',
      level: 'COLLABORATE',
    },
    {
      titleTh: 'เครือข่ายผู้ปกครองและชุมชนร่วมดูแลช่วยเหลือนักเรียน',
      titleEn: 'Parent and Community Network for Student Support',
      bodyTh:
        'สำนักงานร่วมกับเครือข่ายผู้ปกครอง ผู้นำชุมชน โรงพยาบาลส่งเสริมสุขภาพตำบล และสถานีตำรวจในพื้นที่ ร่วมกันเฝ้าระวัง ป้องกัน และช่วยเหลือนักเรียนที่มีความเสี่ยงด้านยาเสพติด การตั้งครรภ์ไม่พร้อม และการออกกลางคัน',
      bodyEn:
        'The office works with parent networks, community leaders, sub-district health promoting hospitals and local police stations to jointly monitor, prevent and assist students at risk of drug use, unintended pregnancy and dropping out.',
      level: 'COLLABORATE',
    },
    {
      titleTh: 'สภานักเรียนดำเนินโครงการรณรงค์ป้องกันยาเสพติดในสถานศึกษา',
      titleEn: 'Student Councils Run Anti-drug Campaigns in Schools',
      bodyTh:
        'สภานักเรียนของแต่ละโรงเรียนเป็นผู้ออกแบบ วางแผน และดำเนินกิจกรรมรณรงค์ป้องกันยาเสพติดและอบายมุขด้วยตนเอง สำนักงานสนับสนุนงบประมาณ การอบรมแกนนำ และการประสานหน่วยงานภายนอกตามที่สภานักเรียนร้องขอ',
      bodyEn:
        'The student council of each school designs, plans and runs its own campaigns against drugs and vice. The office supports them with budget, leadership training and coordination with outside agencies as the councils request.',
      level: 'EMPOWER',
    },
  ],
  AUDIT: [
    {
      titleTh: 'ช่องทางแจ้งเบาะแสการทุจริตและประพฤติมิชอบ',
      titleEn: 'Channel for Reporting Corruption and Misconduct',
      bodyTh:
        'ผู้พบเห็นการทุจริตหรือประพฤติมิชอบของเจ้าหน้าที่ในสังกัด สามารถแจ้งเบาะแสผ่านช่องทางออนไลน์ที่แยกจากการร้องเรียนทั่วไปโดยไม่ต้องเปิดเผยตัวตน สำนักงานจะเก็บข้อมูลของผู้แจ้งเป็นความลับและคุ้มครองผู้แจ้งตามกฎหมาย',
      bodyEn:
        'Anyone who witnesses corruption or misconduct by staff under the office can report it through an online channel separate from general complaints, without revealing their identity. The office keeps the information of informants confidential and protects them as required by law.',
      level: 'INFORM',
    },
    {
      titleTh: 'เผยแพร่แผนการตรวจสอบภายใน ประจำปีงบประมาณ พ.ศ. 2569',
      titleEn: 'Publication of the Internal Audit Plan, FY 2026',
      bodyTh:
        'หน่วยตรวจสอบภายในเผยแพร่แผนการตรวจสอบภายในประจำปีงบประมาณ พ.ศ. 2569 ซึ่งระบุสถานศึกษาเป้าหมาย ประเด็นการตรวจสอบ และช่วงเวลาการเข้าตรวจ เพื่อให้สถานศึกษาเตรียมเอกสารและความพร้อมล่วงหน้า',
      bodyEn:
        'The Internal Audit Unit publishes its internal audit plan for fiscal year 2026, which lists the target schools, audit topics and audit periods, so that schools can prepare their documents in advance.',
      level: 'INFORM',
    },
    {
      titleTh: 'ประชุมปิดการตรวจสอบและร่วมกำหนดแนวทางแก้ไขข้อตรวจพบ',
      titleEn: 'Exit Conferences and Joint Corrective Action Planning',
      bodyTh:
        'เมื่อเสร็จสิ้นการตรวจสอบ หน่วยตรวจสอบภายในจัดประชุมร่วมกับผู้บริหารและผู้ปฏิบัติงานของสถานศึกษา เพื่อชี้แจงข้อตรวจพบและร่วมกันกำหนดแนวทางแก้ไขและระยะเวลาดำเนินการที่ปฏิบัติได้จริง',
      bodyEn:
        'At the end of each audit, the Internal Audit Unit holds a meeting with school management and staff to explain the findings and jointly agree on realistic corrective actions and timeframes.',
      level: 'INVOLVE',
    },
    {
      titleTh: 'เครือข่ายผู้ปฏิบัติงานตรวจสอบภายในของสถานศึกษา',
      titleEn: 'Network of School Internal Audit Practitioners',
      bodyTh:
        'หน่วยตรวจสอบภายในร่วมกับครูผู้ได้รับมอบหมายงานตรวจสอบภายในของโรงเรียน จัดตั้งเครือข่ายเพื่อแลกเปลี่ยนความรู้ จัดทำแนวทางการควบคุมภายใน และช่วยเหลือกันในการตรวจสอบการเงินและพัสดุของสถานศึกษา',
      bodyEn:
        'The Internal Audit Unit works with the teachers assigned to internal audit at schools to form a network that shares knowledge, drafts internal control guidelines and helps members check school finances and supplies.',
      level: 'COLLABORATE',
    },
    {
      titleTh: 'ชมรมนักเรียน STRONG จิตพอเพียงต้านทุจริต',
      titleEn: 'STRONG Student Clubs: Sufficiency Mindset Against Corruption',
      bodyTh:
        'นักเรียนแกนนำของชมรม STRONG จิตพอเพียงต้านทุจริตในแต่ละโรงเรียนเป็นผู้คิดและดำเนินกิจกรรมปลูกฝังความซื่อสัตย์สุจริตในโรงเรียนและชุมชนด้วยตนเอง สำนักงานสนับสนุนงบประมาณ สื่อ และการอบรมแกนนำ',
      bodyEn:
        'Student leaders of the STRONG sufficiency-mindset anti-corruption club at each school devise and run their own activities that build honesty and integrity in their schools and communities. The office supports them with budget, materials and leader training.',
      level: 'EMPOWER',
    },
    {
      titleTh: 'สำรวจความเห็นด้านความเสี่ยงเพื่อจัดทำแผนการตรวจสอบภายใน ปีงบประมาณ พ.ศ. 2570',
      titleEn: 'Risk Survey for the FY 2027 Internal Audit Plan',
      bodyTh:
        'หน่วยตรวจสอบภายในขอให้ผู้บริหารสถานศึกษาและเจ้าหน้าที่การเงินและพัสดุตอบแบบสำรวจเกี่ยวกับความเสี่ยงและปัญหาในการปฏิบัติงาน ความเห็นที่ได้รับจะใช้ประกอบการกำหนดประเด็นการตรวจสอบที่มีความเสี่ยงสูง',
      bodyEn:
        'The Internal Audit Unit asks school directors and finance and procurement staff to complete a survey on risks and problems in their work. The responses will be used in selecting high-risk topics for audit.',
      level: 'CONSULT',
    },
  ],
};

/** Generic stakeholder feedback (Thai), usable for any unit. */
export const SEED_FEEDBACK: SeedFeedback[] = [
  {
    category: 'OPINION',
    message: 'ในฐานะผู้ปกครอง เห็นว่าการลงข่าวผ่านเพจของเขตพื้นที่ทำให้ติดตามข่าวสารได้สะดวกขึ้นมากครับ แต่อยากให้มีสรุปสั้น ๆ สำหรับผู้ปกครองที่ไม่ค่อยได้ใช้อินเทอร์เน็ตด้วย',
    answer: 'ขอบคุณสำหรับความคิดเห็น สำนักงานจะจัดทำสรุปข่าวฉบับย่อ และประสานโรงเรียนให้แจ้งผู้ปกครองในการประชุมผู้ปกครองและช่องทางของแต่ละห้องเรียนต่อไป',
  },
  {
    category: 'OPINION',
    message: 'ดิฉันเป็นครูโรงเรียนในอำเภอภูสิงห์ เห็นด้วยกับการอบรมแบบออนไลน์เพราะไม่ต้องเดินทางไกล แต่บางหลักสูตรควรมีช่วงฝึกปฏิบัติแบบพบหน้าด้วยค่ะ',
    answer: 'สำนักงานรับทราบและจะนำไปประกอบการออกแบบหลักสูตรครั้งต่อไป โดยพิจารณาจัดแบบผสมผสานทั้งออนไลน์และการฝึกปฏิบัติในระดับสหวิทยาเขต',
  },
  {
    category: 'OPINION',
    message: 'ชุมชนยินดีให้โรงเรียนใช้ศาลาวัดเป็นแหล่งเรียนรู้ภูมิปัญญาท้องถิ่น เห็นว่าเด็ก ๆ ควรได้เรียนเรื่องการทอผ้าและประเพณีบุญบั้งไฟของยโสธรให้มากขึ้น',
    answer: 'ขอขอบคุณชุมชนที่ให้การสนับสนุน สำนักงานจะประสานโรงเรียนในพื้นที่ให้นำแหล่งเรียนรู้ดังกล่าวไปใช้ในหลักสูตรสถานศึกษา และติดต่อชุมชนเพื่อวางแผนร่วมกัน',
  },
  {
    category: 'SUGGESTION',
    message: 'ขอเสนอให้เขตพื้นที่แจ้งผลการจัดสรรงบประมาณให้โรงเรียนทราบเร็วขึ้นอีกสักหน่อย เพื่อให้โรงเรียนวางแผนจัดซื้อจัดจ้างได้ทันตามกำหนด',
    answer: 'ขอบคุณสำหรับข้อเสนอแนะ กลุ่มบริหารการเงินและสินทรัพย์จะปรับปฏิทินการแจ้งจัดสรรงบประมาณ และเผยแพร่บนเว็บไซต์ของสำนักงานทันทีที่ได้รับอนุมัติ',
  },
  {
    category: 'SUGGESTION',
    message: 'อยากให้มีคลิปติวคณิตศาสตร์กับวิทยาศาสตร์ ม.6 ลงในเว็บไซต์ครับ จะได้ช่วยเพื่อน ๆ ที่ไม่มีเงินไปเรียนพิเศษเตรียมสอบเข้ามหาวิทยาลัย',
    answer: 'ขอบคุณสำหรับข้อเสนอแนะ สำนักงานจะรวบรวมสื่อการสอนจากครูแกนนำและเผยแพร่ในคลังสื่อออนไลน์ของสำนักงาน ซึ่งนักเรียนเข้าใช้งานได้โดยไม่เสียค่าใช้จ่าย',
  },
  {
    category: 'SUGGESTION',
    message: 'อยากให้ช่วยประสานท้องถิ่นเรื่องรถรับส่งนักเรียนที่บ้านอยู่ไกลโรงเรียนในอำเภอขุนหาญค่ะ ช่วงหน้าฝนถนนลำบากมาก ลูกต้องออกจากบ้านตั้งแต่เช้ามืด',
    answer:
      'สำนักงานรับเรื่องไว้แล้ว และจะประสานโรงเรียนและองค์กรปกครองส่วนท้องถิ่นในพื้นที่เพื่อหาแนวทางช่วยเหลือด้านการเดินทางของนักเรียน แล้วจะแจ้งความคืบหน้าให้ทราบ',
  },
  {
    category: 'QUESTION',
    message: 'ขอสอบถามว่าการยื่นคำร้องขอย้ายประจำปี พ.ศ. 2569 ต้องยื่นผ่านระบบออนไลน์หรือส่งเอกสารที่เขตพื้นที่ และปิดรับคำร้องวันไหนคะ',
    answer:
      'การยื่นคำร้องขอย้ายให้ดำเนินการผ่านระบบออนไลน์ตามปฏิทินที่สำนักงานประกาศ ท่านสามารถตรวจสอบกำหนดการและเอกสารประกอบได้ที่หน้าเว็บไซต์ของกลุ่มบริหารงานบุคคล',
  },
  {
    category: 'QUESTION',
    message: 'ลูกจะขึ้น ม.4 ปีการศึกษา 2569 อยากทราบว่าโรงเรียนในอำเภอเมืองยโสธรเปิดรับสมัครช่วงไหน และต้องเตรียมเอกสารอะไรบ้างครับ',
    answer:
      'การรับสมัครนักเรียนชั้นมัธยมศึกษาปีที่ 4 เป็นไปตามปฏิทินการรับนักเรียนที่ประกาศไว้ ท่านสามารถตรวจสอบวันรับสมัครและเอกสารที่ต้องใช้ได้จากประกาศของโรงเรียนหรือเว็บไซต์ของสำนักงาน',
  },
  {
    category: 'QUESTION',
    message: 'ผมเรียนอยู่ ม.5 ฐานะทางบ้านไม่ค่อยดี อยากทราบว่าจะสมัครขอทุนการศึกษาได้อย่างไรครับ',
    answer:
      'นักเรียนสามารถแจ้งความประสงค์ผ่านครูที่ปรึกษาหรือครูแนะแนว เพื่อให้โรงเรียนพิจารณาเสนอชื่อตามประกาศรับสมัครทุน ทั้งนี้สำนักงานจะเผยแพร่ประกาศทุนบนเว็บไซต์และแจ้งทุกโรงเรียนทราบ',
  },
  {
    category: 'COMPLAINT',
    message: 'มีขยะและน้ำขังบริเวณหลังอาคารเรียนของโรงเรียนแห่งหนึ่งในอำเภอกันทรลักษ์ ส่งกลิ่นเหม็นรบกวนบ้านใกล้เคียงมาหลายสัปดาห์แล้ว อยากให้ช่วยดูแลด้วย',
    answer: 'สำนักงานได้รับเรื่องร้องเรียนแล้ว และได้ประสานผู้บริหารสถานศึกษาให้ตรวจสอบและแก้ไขโดยเร็ว โดยจะแจ้งผลการดำเนินการให้ทราบภายใน 15 วัน',
  },
  {
    category: 'COMPLAINT',
    message: 'โทรติดต่อสำนักงานเขตหลายครั้งในช่วงบ่ายแต่ไม่มีผู้รับสาย ทำให้ไม่สามารถสอบถามเรื่องการย้ายสถานศึกษาของบุตรได้ค่ะ',
    answer:
      'สำนักงานขออภัยในความไม่สะดวก ได้มอบหมายให้กลุ่มอำนวยการปรับระบบรับสายและจัดเจ้าหน้าที่ประจำจุดบริการแล้ว ท่านสามารถฝากเรื่องผ่านแบบฟอร์มออนไลน์ได้ตลอด 24 ชั่วโมง และเจ้าหน้าที่จะติดต่อกลับ',
  },
  {
    category: 'COMPLAINT',
    message: 'ครูที่ไปอบรมตามคำสั่งของเขตพื้นที่เมื่อเดือนที่แล้วยังไม่ได้รับค่าใช้จ่ายในการเดินทางไปราชการ อยากทราบว่าล่าช้าเพราะอะไรครับ',
    answer: 'สำนักงานตรวจสอบแล้วพบว่าเอกสารบางรายการอยู่ระหว่างการแก้ไข กลุ่มบริหารการเงินและสินทรัพย์จะเร่งดำเนินการเบิกจ่ายและแจ้งผลให้ทราบภายใน 15 วัน',
  },
  {
    category: 'COMPLIMENT',
    message: 'ขอชื่นชมศึกษานิเทศก์ที่มานิเทศโรงเรียน ให้คำแนะนำอย่างเป็นกันเองและนำไปใช้ได้จริง ครูในโรงเรียนได้แนวทางพัฒนาการสอนที่ชัดเจนขึ้นมาก',
    answer: 'ขอขอบคุณสำหรับคำชื่นชม สำนักงานจะแจ้งให้ศึกษานิเทศก์ผู้เกี่ยวข้องทราบ และจะพัฒนาการนิเทศให้เป็นประโยชน์ต่อสถานศึกษาอย่างต่อเนื่อง',
  },
  {
    category: 'COMPLIMENT',
    message: 'ขอบคุณเจ้าหน้าที่ที่ช่วยประสานทุนการศึกษาให้ลูกสาว ทำให้ลูกได้เรียนต่อ ม.4 ตามที่ตั้งใจไว้ค่ะ',
    answer: 'สำนักงานขอขอบคุณและยินดีกับนักเรียนด้วย ขอเป็นกำลังใจให้ตั้งใจศึกษาเล่าเรียน และสำนักงานจะร่วมกับภาคีเครือข่ายสนับสนุนทุนการศึกษาต่อไป',
  },
  {
    category: 'COMPLIMENT',
    message: 'ระบบห้องเรียนออนไลน์ของเขตใช้ง่ายมากครับ ช่วงที่ผมป่วยไม่ได้ไปโรงเรียนก็ยังตามงานและดูคลิปย้อนหลังได้ครบ',
    answer: 'ขอบคุณสำหรับความคิดเห็น สำนักงานยินดีที่ระบบเป็นประโยชน์ต่อการเรียน และจะพัฒนาเนื้อหาและการใช้งานให้ดียิ่งขึ้นต่อไป',
  },
];
