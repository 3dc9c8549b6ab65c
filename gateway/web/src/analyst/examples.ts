/**
 * Example queries across units for analysts: the analyst page runs them (and any pasted query),
 * and opens them in the gateway's GraphiQL explorer. A browser test runs each against the API.
 */
export interface AnalystExample {
  id: string;
  titleTh: string;
  titleEn: string;
  query: string;
}

export const ANALYST_EXAMPLES: readonly AnalystExample[] = [
  {
    id: 'complaints-by-unit',
    titleTh: 'เรื่องร้องเรียนและระยะเวลาตอบ แยกตามหน่วยงาน (ปีงบประมาณ 2569)',
    titleEn: 'Cases and answer times per unit (fiscal year 2569)',
    query: `# เรื่องร้องเรียน/ความคิดเห็นของทุกหน่วยงาน — cases per unit
query ComplaintsByUnit {
  units {
    code
    nameTh
    stats(fiscalYear: 2569) {
      feedbackReceived
      feedbackAnswered
      feedbackOpen
      feedbackLate
      medianDaysToAcknowledge
      medianDaysToAnswer
      satisfactionAverage
    }
  }
}
`,
  },
  {
    id: 'ladder-by-unit',
    titleTh: 'กิจกรรมตามระดับการมีส่วนร่วม (IAP2) แยกตามหน่วยงาน',
    titleEn: 'Activities per IAP2 level, per unit',
    query: `# บันไดการมีส่วนร่วมของทุกหน่วยงาน — the IAP2 ladder per unit
query LadderByUnit {
  units {
    code
    nameTh
    stats(fiscalYear: 2569) {
      activitiesTotal
      activitiesByLevel { level count }
    }
  }
}
`,
  },
  {
    id: 'office-news',
    titleTh: 'ข่าวสารล่าสุดจากทุกหน่วยงาน',
    titleEn: "Every unit's latest notices",
    query: `# ข่าวสารของทั้งสำนักงาน — notices across units, newest first
query OfficeNews($after: String) {
  officeFeed(first: 50, after: $after) {
    items {
      unit { code nameTh }
      notice { kind titleTh publishedAt stale }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
  },
  {
    id: 'finance-activities',
    titleTh: 'กิจกรรมทั้งหมดของกลุ่มบริหารการเงินและสินทรัพย์ (ทุกหน้า)',
    titleEn: 'Every activity of Finance and Assets (all pages)',
    query: `# ทุกหน้า: หน้าถัดไปโหลดต่อเองจนครบ — every page, followed with $after
query FinanceActivities($after: String) {
  financeAssets {
    activities(first: 5, after: $after) {
      totalCount
      nodes { titleTh level status startsAt participantCount feedbackCount }
      pageInfo { hasNextPage endCursor }
    }
  }
}
`,
  },
];

/** The explorer (development) opens a query given in its address as a new tab. */
export const explorerLink = (query: string) => `/explorer?query=${encodeURIComponent(query)}`;
