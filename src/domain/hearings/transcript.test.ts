import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalTranscript, checkSections, isFullySigned, missingSignatures, TRANSCRIPT_SECTIONS, transcriptSkeleton } from './transcript';

const facts = {
  caseNumber: '（2026）吉0102民初1号',
  cause: '民间借贷纠纷',
  courtName: '长春市南关区人民法院',
  startsAt: '2026-03-02 09:00',
  roomName: '第一法庭',
  modeLabel: '现场开庭',
  judges: ['法官甲'],
  clerkName: '书记员',
  parties: [
    { id: 1, name: '张三', standingLabel: '原告', agents: ['王律师'] },
    { id: 2, name: '李四', standingLabel: '被告', agents: [] },
  ],
  claims: ['判令被告偿还借款100000元', '诉讼费由被告承担'],
  facts: '被告借款未还。',
  defences: [{ partyName: '李四', summary: '借款已部分归还' }],
  contributions: { evidence: ['证据1：借条（原件）'] },
};

describe('the transcript skeleton', () => {
  test('has every section in order, with the appearances, the claims, the defence and contributed lines', () => {
    const s = transcriptSkeleton(facts);
    expect(s.map((x) => x.key)).toEqual(TRANSCRIPT_SECTIONS.map((x) => x.key));
    expect(s[0]!.text).toContain('原告：张三，委托诉讼代理人：王律师，到庭。');
    expect(s[0]!.text).toContain('被告：李四，到庭。');
    expect(s[1]!.text).toBe('1. 判令被告偿还借款100000元\n2. 诉讼费由被告承担\n事实与理由：被告借款未还。');
    expect(s[2]!.text).toBe('李四：借款已部分归还');
    expect(s[3]!.text).toBe('证据1：借条（原件）');
  });

  test('repeated section keys are refused; line ends become LF', () => {
    expect(() => checkSections([{ key: 'claims', title: 'a', text: '' }, { key: 'claims', title: 'b', text: '' }])).toThrow();
    expect(checkSections([{ key: 'debate', title: ' 法庭辩论 ', text: 'a\r\nb\rc' }])).toEqual([{ key: 'debate', title: '法庭辩论', text: 'a\nb\nc' }]);
  });

  test('the canonical text changes whenever a section or the revision does', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        const h = { caseNumber: 'x', hearingId: 1, revision: 1 };
        expect(canonicalTranscript(h, [{ key: 'debate', title: 't', text: a }])).not.toBe(canonicalTranscript(h, [{ key: 'debate', title: 't', text: b }]));
      }),
    );
    const s = [{ key: 'debate', title: 't', text: 'x' }];
    expect(canonicalTranscript({ caseNumber: null, hearingId: 1, revision: 1 }, s)).not.toBe(canonicalTranscript({ caseNumber: null, hearingId: 1, revision: 2 }, s));
  });
});

describe('signature completeness', () => {
  const required = { partyIds: [1, 2] };
  test('every party and the court must sign', () => {
    expect(missingSignatures(required, [])).toEqual({ partyIds: [1, 2], court: true });
    expect(missingSignatures(required, [{ partyId: 1 }, { partyId: null }])).toEqual({ partyIds: [2], court: false });
    expect(isFullySigned(required, [{ partyId: 2 }, { partyId: 1 }, { partyId: null }])).toBe(true);
  });

  test('complete exactly when each party and the court appear, in any order and with repeats', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom(1, 2, 3), { nil: null })), (sigs) => {
        const facts = sigs.map((partyId) => ({ partyId }));
        const expected = sigs.includes(1) && sigs.includes(2) && sigs.includes(null);
        expect(isFullySigned(required, facts)).toBe(expected);
      }),
    );
  });
});
