// UI strings of the court statistics dashboard.
export const statisticsMessages = {
  'menu.statistics': { 'zh-CN': '收结案统计', en: 'Caseload statistics' },
  'stats.title': { 'zh-CN': '收案、结案与未结案（按法院、按月）', en: 'Cases registered, closed and open, by court and month' },
  'stats.months': { 'zh-CN': '统计月数', en: 'Months' },
  'stats.court': { 'zh-CN': '法院', en: 'Court' },
  'stats.allCourts': { 'zh-CN': '本院及下级法院', en: 'My court and the courts under it' },
  'stats.received': { 'zh-CN': '收案', en: 'Registered' },
  'stats.closed': { 'zh-CN': '结案', en: 'Closed' },
  'stats.pending': { 'zh-CN': '未结案', en: 'Open now' },
  'stats.ratio': { 'zh-CN': '结收比', en: 'Closed / registered' },
  'stats.total': { 'zh-CN': '合计', en: 'Total' },
  'stats.note': {
    'zh-CN': '收案按立案日期、结案按结案日期计入当月；结收比 = 期间结案数 ÷ 期间收案数；未结案为截至今日已立案未结案件数。',
    en: 'A case counts as registered in the month of its registration and as closed in the month it closed; closed / registered is over the period shown; open is registered and not closed, today.',
  },
} as const;
