// 终本's conditions (rules.md §5.3: ZHONGBEN arts 1–3, 5, 9) from the table, and the re-query schedule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domainError';
import { checkEndOfRound, endOfRoundChecklist, endOfRoundEarliest, requeryDue, requerySchedule, type EndOfRoundFacts } from './endOfRound';

const debtor = { partyId: 2, name: '乙公司' };

/** A case where every condition holds. */
function complete(): EndOfRoundFacts {
  return {
    registeredOn: '2026-01-10',
    today: '2026-04-20',
    moneyClaim: true,
    debtors: [debtor],
    served: [
      { partyId: 2, document: 'executionNotice', servedOn: '2026-01-15' },
      { partyId: 2, document: 'propertyReportOrder', servedOn: '2026-01-15' },
    ],
    propertyReports: [{ partyId: 2, reported: false, verified: false, measure: 'fine', on: '2026-02-01' }],
    restrictions: [{ partyId: 2, inForce: true, signedOn: '2026-02-03' }],
    inquiries: [
      { channel: 'national', partyId: 2, answeredOn: '2026-04-01', found: false },
      { channel: 'local', partyId: 2, answeredOn: '2026-04-02', found: false },
    ],
    pendingInquiries: 0,
    localChannelAvailable: true,
    openClues: 0,
    propertyNotDisposable: null,
    searches: [{ partyId: 2, whereabouts: 'known', on: '2026-03-01' }],
    interview: { heldOn: '2026-04-10', bankruptcyRequested: false },
    inquiryWindowDays: 90,
  };
}

const unmet = (f: EndOfRoundFacts) => endOfRoundChecklist(f).items.filter((i) => !i.holds).map((i) => i.condition);

describe('终本 conditions (ZHONGBEN art 1: all five at once, with the interview of art 5)', () => {
  it('holds when every condition holds, each with its evidence', () => {
    const c = endOfRoundChecklist(complete());
    expect(c.allHold).toBe(true);
    expect(c.items.map((i) => i.condition)).toEqual(['noticeAndReport', 'consumptionRestricted', 'investigationExhausted', 'threeMonthsPassed', 'debtorSearched', 'applicantInterviewed']);
    for (const i of c.items) expect(i.evidence.length, i.condition).toBeGreaterThan(0);
    expect(checkEndOfRound(complete())).toHaveLength(6);
  });

  it.each<[string, (f: EndOfRoundFacts) => EndOfRoundFacts, string]>([
    ['order to report not served (art 1(1))', (f) => ({ ...f, served: f.served.filter((s) => s.document !== 'propertyReportOrder') }), 'noticeAndReport'],
    ['no report and no measure (art 2)', (f) => ({ ...f, propertyReports: [{ ...f.propertyReports[0]!, measure: 'none' }] }), 'noticeAndReport'],
    ['reported but not verified (art 2)', (f) => ({ ...f, propertyReports: [{ partyId: 2, reported: true, verified: false, measure: 'none', on: '2026-02-01' }] }), 'noticeAndReport'],
    ['restriction order lifted (art 1(2))', (f) => ({ ...f, restrictions: [{ ...f.restrictions[0]!, inForce: false }] }), 'consumptionRestricted'],
    ['no local inquiry where the court has 点对点 (art 3)', (f) => ({ ...f, inquiries: f.inquiries.filter((q) => q.channel === 'national') }), 'investigationExhausted'],
    ['national inquiry older than the window (art 3)', (f) => ({ ...f, inquiries: f.inquiries.map((q) => (q.channel === 'national' ? { ...q, answeredOn: '2026-01-19' } : q)) }), 'investigationExhausted'],
    ['an inquiry not yet answered (art 3)', (f) => ({ ...f, pendingInquiries: 2 }), 'investigationExhausted'],
    ['a clue still unverified (art 3)', (f) => ({ ...f, openClues: 1 }), 'investigationExhausted'],
    ['property found, no reason it cannot be disposed of (art 1(3))', (f) => ({ ...f, inquiries: f.inquiries.map((q) => ({ ...q, found: true })) }), 'investigationExhausted'],
    ['exactly three months since 立案 (art 1(4): more than)', (f) => ({ ...f, today: '2026-04-10' }), 'threeMonthsPassed'],
    ['nothing recorded about the whereabouts (art 1(5))', (f) => ({ ...f, searches: [] }), 'debtorSearched'],
    ['applicant not interviewed (art 5)', (f) => ({ ...f, interview: null }), 'applicantInterviewed'],
  ])('%s fails only that condition', (_name, change, condition) => {
    expect(unmet(change(complete()))).toEqual([condition]);
  });

  it('a non-money title needs no order to report property; no 点对点 agencies need no local inquiry', () => {
    const f = complete();
    expect(unmet({ ...f, moneyClaim: false, served: f.served.filter((s) => s.document === 'executionNotice'), propertyReports: [] })).toEqual([]);
    expect(unmet({ ...f, localChannelAvailable: false, inquiries: f.inquiries.filter((q) => q.channel === 'national') })).toEqual([]);
  });

  it('found property with the reason it cannot be disposed of counts as exhausted', () => {
    const f = complete();
    expect(unmet({ ...f, inquiries: f.inquiries.map((q) => ({ ...q, found: true })), propertyNotDisposable: '房产系唯一住房且已设定抵押' })).toEqual([]);
  });

  it('every debtor must meet each condition', () => {
    const f = complete();
    const two = { ...f, debtors: [debtor, { partyId: 3, name: '丙' }] };
    expect(unmet(two)).toEqual(['noticeAndReport', 'consumptionRestricted', 'investigationExhausted', 'debtorSearched']);
  });

  it('refuses with 422 naming each unmet condition and what is missing', () => {
    try {
      checkEndOfRound({ ...complete(), interview: null, openClues: 2 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const d = e as DomainError;
      expect(d.code).toBe('END_OF_ROUND_CONDITIONS_UNMET');
      expect(d.kind).toBe('invalid');
      expect(d.details).toEqual({ unmet: ['investigationExhausted', 'applicantInterviewed'] });
      expect(d.messages['zh-CN']).toContain('尚未约谈申请执行人');
      expect(d.messages['zh-CN']).toContain('2条财产线索');
    }
  });

  it('more than three months: the day after the same date three months on, month ends clamped', () => {
    expect(endOfRoundEarliest('2026-01-10')).toBe('2026-04-11');
    expect(endOfRoundEarliest('2025-11-30')).toBe('2026-03-01');
    expect(endOfRoundEarliest('2026-11-30')).toBe('2027-03-01');
  });
});

describe('re-query after 终本 (ZHONGBEN art 9 [S]: every 6 months for 5 years)', () => {
  it('ten dates, six months apart', () => {
    const s = requerySchedule('2026-08-31');
    expect(s).toHaveLength(10);
    expect(s.slice(0, 3)).toEqual(['2027-02-28', '2027-08-31', '2028-02-29']);
    expect(s.at(-1)).toBe('2031-08-31');
  });

  it('due: the latest scheduled day not yet run; nothing after five years', () => {
    expect(requeryDue('2026-05-01', null, '2026-10-31')).toBeNull();
    expect(requeryDue('2026-05-01', null, '2026-11-01')).toBe('2026-11-01');
    expect(requeryDue('2026-05-01', '2026-11-01', '2027-04-30')).toBeNull();
    expect(requeryDue('2026-05-01', '2026-11-01', '2027-06-01')).toBe('2027-05-01');
    expect(requeryDue('2026-05-01', '2031-05-01', '2040-01-01')).toBeNull();
  });

  it('property: a due re-query is on the schedule, after the last run, not after today', () => {
    const day = fc.integer({ min: 0, max: 4000 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.option(day, { nil: null }), day, (closedOn, last, today) => {
        const due = requeryDue(closedOn, last, today);
        if (due === null) return requerySchedule(closedOn).every((d) => d > today || (last !== null && d <= last));
        return requerySchedule(closedOn).includes(due) && due <= today && (last === null || due > last);
      }),
    );
  });
});
